/** A driven adapter failed; the domain never sees driver exceptions, only this. */
// @ts-nocheck

export interface PortError {
  readonly _tag: 'PortError';
  readonly port: string;
  readonly reason: 'unavailable' | 'timeout' | 'conflict' | 'corrupt' | 'unknown';
  readonly message: string;
}

export const portError = (port: string, reason: PortError['reason'], message: string): PortError => ({
  _tag: 'PortError',
  port,
  reason,
  message,
});
