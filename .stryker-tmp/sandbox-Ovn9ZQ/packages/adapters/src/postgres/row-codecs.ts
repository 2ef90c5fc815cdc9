// @ts-nocheck
import * as t from 'io-ts';

/** timestamptz columns arrive from pg as Date objects. */
export const PgDate = new t.Type<Date, Date, unknown>(
  'PgDate',
  (u): u is Date => u instanceof Date,
  (u, c) => (u instanceof Date && !Number.isNaN(u.getTime()) ? t.success(u) : t.failure(u, c)),
  (d) => d,
);

export const Nullable = <C extends t.Mixed>(codec: C) => t.union([codec, t.null]);

export const StringArray = t.readonlyArray(t.string);

/** A jsonb array bound as a parameter must be serialised first (pg would send a Postgres array). */
export const jsonb = (value: unknown): string => JSON.stringify(value);
