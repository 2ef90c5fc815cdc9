// @ts-nocheck
import type { IdGenerator, SessionToken } from '@kenali/domain';
import { SessionToken as toToken } from '@kenali/domain';

/**
 * UUID-v4-shaped tokens counting up: `<prefix>-0000-4000-8000-000000000001`, … The prefix (8 hex digits)
 * keeps the tokens of two generators apart.
 */
export class SequentialIdGenerator implements IdGenerator {
  private next = 0;
  readonly issued: SessionToken[] = [];

  constructor(private readonly prefix = '00000000') {
    if (!/^[0-9a-f]{8}$/.test(prefix)) throw new Error(`prefix must be 8 hex digits, got ${prefix}`);
  }

  sessionToken(): SessionToken {
    this.next += 1;
    const token = toToken(`${this.prefix}-0000-4000-8000-${this.next.toString(16).padStart(12, '0')}`);
    this.issued.push(token);
    return token;
  }
}
