// @ts-nocheck
import type * as T from 'fp-ts/lib/Task.js';

/** Whether the storage the service cannot work without answers right now. */
export interface ReadinessProbe {
  databaseReachable(): T.Task<boolean>;
}
