// @ts-nocheck
import type { ReadinessProbe } from '@kenali/domain';
import type * as T from 'fp-ts/lib/Task.js';
import type { Knex } from 'knex';

/** `select 1` within a short deadline: a hung database must not hang the readiness check. */
export class PostgresReadinessProbe implements ReadinessProbe {
  constructor(
    private readonly db: Knex,
    private readonly deadlineMs = 2000,
  ) {}

  databaseReachable(): T.Task<boolean> {
    return async () => {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), this.deadlineMs);
      });
      const query = this.db.raw('select 1').then(
        () => true,
        () => false,
      );
      try {
        return await Promise.race([query, deadline]);
      } finally {
        clearTimeout(timer);
      }
    };
  }
}
