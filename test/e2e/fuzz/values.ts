import fc from 'fast-check';

/**
 * Values for the fuzz suite: JSON values drawn from a schema of the served /openapi.json, with valid,
 * boundary, wrong-type and hostile variants mixed in (issue 19, ADR 0028).
 */

export type Schema = Record<string, unknown>;

/** Numbers at the edges of what the API or PostgreSQL holds. */
export const BOUNDARY_NUMBERS = [
  0,
  -1,
  1,
  5,
  6,
  12,
  60,
  72,
  73,
  2_147_483_647,
  2_147_483_648,
  -2_147_483_649,
  2 ** 53,
  -(2 ** 53),
  1.5,
  1e308,
  -0,
  4_294_967_296,
];
/** Strings that broke or nearly broke the service: NUL, lone surrogates, direction and format characters. */
export const HOSTILE_STRINGS = [
  '\u0000',
  'abc\u0000def',
  '\uD800',
  'x\uDC00y',
  '\u202Ekanan-ke-kiri\u202C',
  '\u200B'.repeat(20),
  '\uFEFF'.repeat(12),
  '\u200F\u061C\u2066\u2069',
  '📊'.repeat(6),
  "' OR 1=1 --",
  '../../etc/passwd',
  '%00',
  '\\u0000',
  '{"a":',
  ' ',
  '',
  'é'.repeat(3000),
];
/** Integer-looking strings pydantic's lax mode (and ours) accepts or nearly accepts. */
const NUMERIC_TEXTS = [
  '14',
  '14.0',
  ' 7 ',
  '+3',
  '-1',
  '1e3',
  '0x10',
  '2147483648',
  '99999999999999999999',
  '',
];

/** Indices into a pool that grows while the run goes (tokens the server hands out). */
export type PoolPick = { readonly pool: string; readonly index: number };
export const isPick = (v: unknown): v is PoolPick =>
  typeof v === 'object' && v !== null && 'pool' in v && 'index' in v && Object.keys(v).length === 2;

const hostileString = fc.constantFrom(...HOSTILE_STRINGS);
const hugeString = fc.constantFrom('x'.repeat(300_000), 'a '.repeat(1_100), '\u200B'.repeat(40_000));

/** Any string: mostly ordinary, sometimes hostile or huge. */
export const anyString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40, unit: 'grapheme' }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 20, unit: 'binary' }) },
  { weight: 3, arbitrary: hostileString },
  { weight: 1, arbitrary: hugeString },
);

/** A value of the wrong kind for wherever it lands. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, [], {}, [[[[]]]], { a: { b: 1 } }),
  fc.constantFrom(...BOUNDARY_NUMBERS),
  fc.constantFrom(...NUMERIC_TEXTS),
  fc.jsonValue({ maxDepth: 3 }),
);

const resolve = (schema: Schema, components: Record<string, Schema>): Schema => {
  const ref = schema.$ref as string | undefined;
  if (!ref) return schema;
  return resolve(components[ref.split('/').at(-1) ?? ''] ?? {}, components);
};

/** Fields whose valid values only the server knows: drawn from pools instead of the schema. */
const POOLED: Record<string, string> = {
  session_token: 'tokens',
  target_profession_id: 'professions',
  selected_profession_id: 'professions',
};

const integerOf = (schema: Schema): fc.Arbitrary<unknown> => {
  const min = typeof schema.minimum === 'number' ? schema.minimum : -1000;
  const max = typeof schema.maximum === 'number' ? Math.min(schema.maximum, min + 5000) : min + 5000;
  return fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min, max }) },
    { weight: 2, arbitrary: fc.constantFrom(...BOUNDARY_NUMBERS) },
    { weight: 1, arbitrary: fc.constantFrom(...NUMERIC_TEXTS) },
  );
};

/** Valid-leaning values of `schema`, with boundary, wrong-type and hostile values mixed in at every level. */
export const valueOf = (
  schema: Schema,
  components: Record<string, Schema>,
  name = '',
  depth = 0,
): fc.Arbitrary<unknown> => {
  const s = resolve(schema, components);
  const exact = exactValueOf(s, components, name, depth);
  return fc.oneof({ weight: 8, arbitrary: exact }, { weight: 1, arbitrary: wrongType });
};

const exactValueOf = (s: Schema, components: Record<string, Schema>, name: string, depth: number) => {
  if (POOLED[name]) {
    return fc.oneof(
      { weight: 5, arbitrary: fc.record({ pool: fc.constant(POOLED[name]), index: fc.nat() }) },
      { weight: 2, arbitrary: name === 'session_token' ? anyString : integerOf(s) },
    );
  }
  if (Array.isArray(s.allOf)) {
    const parts = (s.allOf as Schema[]).map((part) => resolve(part, components));
    const merged: Schema = {
      type: 'object',
      required: parts.flatMap((p) => (p.required as string[] | undefined) ?? []),
      properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})) as Schema,
    };
    return exactValueOf(merged, components, name, depth);
  }
  if (Array.isArray(s.enum)) {
    const cases = s.enum as unknown[];
    return fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...cases) },
      { weight: 1, arbitrary: fc.constantFrom(...cases.map((c) => String(c).toLowerCase())) },
      { weight: 1, arbitrary: anyString },
    );
  }
  if ('const' in s) return fc.constant(s.const);
  const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
  return fc.oneof(...types.map((type) => typedValueOf(type, s, components, depth)));
};

const typedValueOf = (
  type: string,
  s: Schema,
  components: Record<string, Schema>,
  depth: number,
): fc.Arbitrary<unknown> => {
  switch (type) {
    case 'integer':
      return integerOf(s);
    case 'number':
      return fc.oneof(fc.double(), fc.constantFrom(...BOUNDARY_NUMBERS));
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'string':
      return s.format === 'date-time'
        ? fc.oneof(
            { weight: 5, arbitrary: fc.constant('2026-01-02T03:04:05Z') },
            { weight: 1, arbitrary: anyString },
          )
        : fc.oneof(
            { weight: 3, arbitrary: fc.constant('Saya senang meneliti data dan menemukan pola baru.') },
            { weight: 3, arbitrary: anyString },
          );
    case 'array': {
      const items = (s.items as Schema | undefined) ?? {};
      const min = typeof s.minItems === 'number' ? s.minItems : 0;
      const max = typeof s.maxItems === 'number' ? s.maxItems : min + 3;
      const item = depth > 4 ? wrongType : valueOf(items, components, '', depth + 1);
      return fc.oneof(
        { weight: 5, arbitrary: fc.array(item, { minLength: min, maxLength: max }) },
        { weight: 1, arbitrary: fc.array(item, { maxLength: Math.max(0, min - 1) }) },
        { weight: 1, arbitrary: fc.array(item, { minLength: max + 1, maxLength: max + 2 }) },
      );
    }
    default:
      return objectOf(s, components, depth);
  }
};

const objectOf = (s: Schema, components: Record<string, Schema>, depth: number): fc.Arbitrary<unknown> => {
  const properties = (s.properties as Record<string, Schema> | undefined) ?? {};
  const required = new Set((s.required as string[] | undefined) ?? []);
  const extra = (s.additionalProperties as Schema | undefined) ?? {};
  const names = [...new Set([...Object.keys(properties), ...required])];
  if (depth > 4 || names.length === 0) return fc.dictionary(fc.string({ maxLength: 8 }), wrongType);
  const fields = Object.fromEntries(
    names.map((n) => [n, valueOf(properties[n] ?? extra, components, n, depth + 1)]),
  );
  // Usually every required field; sometimes one missing; sometimes an unknown or hostile key added.
  return fc
    .tuple(
      fc.record(fields, { requiredKeys: names.filter((n) => required.has(n)) }),
      fc.option(fc.constantFrom(...names), { freq: 8 }),
      fc.option(fc.tuple(fc.constantFrom('extra', 'x\u0000', '\uD800', '__proto__'), wrongType), { freq: 8 }),
    )
    .map(([record, drop, add]) => {
      const out: Record<string, unknown> = { ...record };
      if (drop !== null) delete out[drop];
      if (add !== null) Object.defineProperty(out, add[0], { value: add[1], enumerable: true });
      return out;
    });
};
