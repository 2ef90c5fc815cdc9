import type { Config } from '@kenali/adapters';
import type {
  GetRiasecResult,
  ReadinessProbe,
  ReferenceQueries,
  StartSession,
  SubmitRiasec,
  UserDirectory,
} from '@kenali/domain';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';

/** Everything the HTTP adapter needs, resolved once from the container in `createApp`. */
export interface HttpDependencies {
  readonly config: Config;
  readonly logger: Logger;
  readonly metrics: Registry;
  readonly readiness: ReadinessProbe;
  readonly users: UserDirectory;
  readonly redis: Redis | undefined;
  readonly queries: ReferenceQueries;
  readonly startSession: StartSession;
  readonly submitRiasec: SubmitRiasec;
  readonly riasecResult: GetRiasecResult;
}
