// @ts-nocheck
import { randomUUID } from 'node:crypto';
import { type IdGenerator, type SessionToken, SessionToken as toToken } from '@kenali/domain';

/** Session tokens are random UUID v4 strings, as upstream issues them. */
export class RandomIdGenerator implements IdGenerator {
  sessionToken(): SessionToken {
    return toToken(randomUUID());
  }
}
