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

const KENALI_ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const ZONE = /(?:Z|[+-]\d\d:?\d\d)$/i;

/**
 * A timestamp inside a stored document as kenali serialises it (`Date.toISOString()`). Upstream wrote
 * `datetime.utcnow().isoformat()`: microseconds and no zone, meaning UTC (upstream §4.8 step 10); Python's
 * zoned form (`+00:00`) is accepted too. Text that is no timestamp is returned unchanged.
 */
export const isoTimestamp = (text: string): string => {
  if (KENALI_ISO.test(text)) return text;
  const at = new Date(ZONE.test(text) ? text : `${text}Z`);
  return Number.isNaN(at.getTime()) ? text : at.toISOString();
};
