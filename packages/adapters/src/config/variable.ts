/** The shape of one entry of the variables registry (variables.ts) and the helper that builds it. */
export interface Variable {
  readonly name: string;
  readonly group: VariableGroup;
  /** What the decoder accepts, e.g. `integer 1–65535`, `boolean`, `gateway | jwt`. */
  readonly type: string;
  /** The value used when the variable is unset, as text; `–` when there is none. */
  readonly default: string;
  readonly description: string;
  /** Printed masked by `kenali config`. */
  readonly secret?: boolean;
}

export type VariableGroup =
  | 'Listening'
  | 'Storage'
  | 'Authentication'
  | 'Read caches'
  | 'AI'
  | 'Tokens and limits'
  | 'Idempotency'
  | 'Operations';

export const VARIABLE_GROUPS: readonly VariableGroup[] = [
  'Listening',
  'Storage',
  'Authentication',
  'Read caches',
  'AI',
  'Tokens and limits',
  'Idempotency',
  'Operations',
];

export const v = (
  group: VariableGroup,
  name: string,
  type: string,
  defaultValue: string,
  description: string,
  secret = false,
): Variable => ({ name, group, type, default: defaultValue, description, ...(secret ? { secret } : {}) });
