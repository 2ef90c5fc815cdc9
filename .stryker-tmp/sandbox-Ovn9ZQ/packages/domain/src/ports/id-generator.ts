// @ts-nocheck
import type { SessionToken } from '../model/ids.js';

/** Fresh identifiers; a session token is a random UUID v4 string (upstream §2.5). */
export interface IdGenerator {
  sessionToken(): SessionToken;
}
