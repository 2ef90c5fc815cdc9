import type { Config } from './config.js';

/** True for addresses only this machine can reach. */
export const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '::1' || /^127\./.test(host) || /^::ffff:127\./.test(host);

export interface ServingCheck {
  /** The service must not start (ADR 0020). */
  readonly refusals: readonly string[];
  /** Started anyway, logged at every start. */
  readonly warnings: readonly string[];
}

const TRUST_HINT =
  'set GATEWAY_SHARED_SECRET (the gateway sends it as x-gateway-secret), or HOST=127.0.0.1, or AUTH_MODE=jwt; ' +
  'to accept it anyway set AUTH_GATEWAY_TRUST_UNAUTHENTICATED=true';

/**
 * What would make a listening service unsafe: gateway mode trusts x-user-id, so without a shared secret it may
 * face only loopback unless the operator opts in by name. Only `serve` applies it; the other commands never
 * listen.
 */
export const servingSafety = (config: Config): ServingCheck => {
  const refusals: string[] = [];
  const warnings: string[] = [];
  const auth = config.auth;
  if (auth.mode === 'gateway' && auth.sharedSecret === undefined && !isLoopback(config.host)) {
    const risk = `AUTH_MODE=gateway without GATEWAY_SHARED_SECRET on HOST=${config.host} lets whoever reaches port ${config.port} act as any user`;
    if (auth.trustUnauthenticated) {
      warnings.push(`${risk} (AUTH_GATEWAY_TRUST_UNAUTHENTICATED=true)`);
    } else refusals.push(`${risk}: ${TRUST_HINT}`);
  }
  const metricsHost = config.metrics.port !== undefined ? config.metrics.host : config.host;
  if (config.metrics.token === undefined && !isLoopback(metricsHost)) {
    warnings.push(
      `/metrics is open to anyone reaching ${metricsHost}:${config.metrics.port ?? config.port}; ` +
        'set METRICS_TOKEN or a loopback METRICS_HOST with METRICS_PORT',
    );
  }
  return { refusals, warnings };
};
