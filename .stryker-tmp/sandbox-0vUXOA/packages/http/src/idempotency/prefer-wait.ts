/** `Prefer: wait=N` (RFC 7240): how long a duplicate may wait for the original, capped at 10 s. */
// @ts-nocheck

export const waitSeconds = (prefer: string): number => {
  const match = /(?:^|[,;\s])wait=(\d{1,3})(?:$|[,;\s])/i.exec(prefer);
  return match ? Math.min(Number(match[1]), 10) : 0;
};
