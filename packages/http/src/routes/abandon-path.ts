/** The way out of an unfinished session (ADR 0018); named in the 409 of a blocked start. */
export const ABANDON = '/career-profile/sessions/{session_token}/abandon';
export const abandonPath = (token: string): string =>
  `/api/v1${ABANDON.replace('{session_token}', encodeURIComponent(token))}`;
