/** Branded identifiers: a profession id can never be passed where a session id is expected. */
// @ts-nocheck

declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type UserId = Brand<string, 'UserId'>;
export type SessionId = Brand<number, 'SessionId'>;
export type SessionToken = Brand<string, 'SessionToken'>;
export type ProfessionId = Brand<number, 'ProfessionId'>;
export type RiasecCodeId = Brand<number, 'RiasecCodeId'>;

export const UserId = (value: string): UserId => value as UserId;
export const SessionId = (value: number): SessionId => value as SessionId;
export const SessionToken = (value: string): SessionToken => value as SessionToken;
export const ProfessionId = (value: number): ProfessionId => value as ProfessionId;
export const RiasecCodeId = (value: number): RiasecCodeId => value as RiasecCodeId;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID_PATTERN.test(value);
