import { createHash } from 'node:crypto';

type Frame = { readonly text: string } | { readonly value: unknown };

/**
 * Canonical JSON: object keys sorted, no whitespace (RFC 8785 style for the values our API takes). Built
 * with an explicit stack, not recursion, so no body can overflow the call stack (ADR 0022).
 */
export const canonicalJson = (root: unknown): string => {
  const out: string[] = [];
  const stack: Frame[] = [{ value: root }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if ('text' in frame) {
      out.push(frame.text);
      continue;
    }
    const value = frame.value;
    if (value === null || typeof value !== 'object') {
      out.push(JSON.stringify(value) ?? 'null');
      continue;
    }
    // Frames are pushed in reverse so they pop in order.
    const parts: Frame[] = [];
    if (Array.isArray(value)) {
      parts.push({ text: '[' });
      value.forEach((item, i) => {
        if (i > 0) parts.push({ text: ',' });
        parts.push({ value: item });
      });
      parts.push({ text: ']' });
    } else {
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      parts.push({ text: '{' });
      entries.forEach(([key, item], i) => {
        parts.push({ text: `${i > 0 ? ',' : ''}${JSON.stringify(key)}:` });
        parts.push({ value: item });
      });
      parts.push({ text: '}' });
    }
    for (const part of parts.reverse()) stack.push(part);
  }
  return out.join('');
};

/** SHA-256 of method, route template and canonical body: the identity of an intent (decisions §6). */
export const requestFingerprint = (method: string, route: string, body: unknown): string =>
  createHash('sha256')
    .update(`${method.toUpperCase()} ${route}\n${canonicalJson(body ?? null)}`)
    .digest('hex');

/** Keys are never logged in clear. */
export const hashKey = (key: string): string => createHash('sha256').update(key).digest('hex').slice(0, 16);
