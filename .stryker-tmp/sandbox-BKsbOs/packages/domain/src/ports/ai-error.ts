/** Why an AI call gave no usable answer; callers fall back, never fail the request for it. */
// @ts-nocheck

export interface AiError {
  readonly _tag: 'AiError';
  readonly call: 'content' | 'relevance' | 'narrative' | 'personality';
  readonly reason: 'timeout' | 'rate_limited' | 'unavailable' | 'blocked' | 'malformed' | 'circuit_open';
  readonly message: string;
}