// @ts-nocheck
import { createHash } from 'node:crypto';

/** Canonical JSON: object keys sorted, no whitespace (RFC 8785 style for the values our API takes). */
export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
};

/** SHA-256 of method, route template and canonical body: the identity of an intent (decisions §6). */
export const requestFingerprint = (method: string, route: string, body: unknown): string =>
  createHash('sha256')
    .update(`${method.toUpperCase()} ${route}\n${canonicalJson(body ?? null)}`)
    .digest('hex');

/** Keys are never logged in clear. */
export const hashKey = (key: string): string => createHash('sha256').update(key).digest('hex').slice(0, 16);
