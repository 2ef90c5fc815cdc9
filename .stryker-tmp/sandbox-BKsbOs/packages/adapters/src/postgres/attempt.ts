// @ts-nocheck
import { type PortError, portError } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type * as t from 'io-ts';

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  '57P01',
  '57P03',
  '08006',
  '08001',
]);

/** Maps a driver exception to a PortError; connection trouble is `unavailable` so http answers 503. */
export const toPortError =
  (port: string) =>
  (caught: unknown): PortError => {
    const error = caught as { code?: string; message?: string; name?: string };
    const message = error.message ?? String(caught);
    if (
      (error.code && UNAVAILABLE_CODES.has(error.code)) ||
      /timeout acquiring a connection|Connection terminated/i.test(message)
    ) {
      return portError(port, 'unavailable', message);
    }
    if (error.code === '57014') return portError(port, 'timeout', message);
    if (error.code === '23505' || error.code === '40001' || error.code === '40P01')
      return portError(port, 'conflict', message);
    return portError(port, 'unknown', message);
  };

/** Runs one driver call as a TaskEither. */
export const attempt = <A>(port: string, run: () => Promise<A>): TE.TaskEither<PortError, A> =>
  TE.tryCatch(run, toPortError(port));

/** Decodes a row at the edge: a row that does not match the schema is `corrupt`, never trusted. */
export const decodeRow =
  <A>(port: string, codec: t.Decoder<unknown, A>) =>
  (row: unknown): E.Either<PortError, A> =>
    pipe(
      codec.decode(row),
      E.mapLeft((errors) => {
        const paths = errors
          .map((e) =>
            e.context
              .map((c) => c.key)
              .filter(Boolean)
              .join('.'),
          )
          .slice(0, 3);
        return portError(port, 'corrupt', `row does not match the ${port} schema at ${paths.join(', ')}`);
      }),
    );

/** An optional row (`.first()` may give undefined) decoded and mapped, or none. */
export const decodeOptionalRow =
  <A, B>(port: string, codec: t.Decoder<unknown, A>, map: (decoded: A) => B) =>
  (row: unknown): E.Either<PortError, O.Option<B>> =>
    row === undefined
      ? E.right(O.none)
      : pipe(
          decodeRow(port, codec)(row),
          E.map((decoded) => O.some(map(decoded))),
        );
