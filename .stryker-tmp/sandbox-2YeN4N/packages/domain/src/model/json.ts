/** JSON values as stored in JSONB columns. */
// @ts-nocheck

export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | {
  [key: string]: JsonValue;
};
export interface JsonObject {
  [key: string]: JsonValue;
}