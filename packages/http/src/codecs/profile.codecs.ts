import * as t from 'io-ts';
import { SessionTokenText } from './session.codecs.js';

/** `{session_token}` of POST /career-profile/user-profile/set-active (upstream §5.6). */
export const SetActiveProfileBody = t.type({ session_token: SessionTokenText });
