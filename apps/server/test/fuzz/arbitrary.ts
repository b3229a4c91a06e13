import fc from 'fast-check';
import { z } from 'zod';

// fast-check arbitraries derived from a procedure's own zod input schema. zod-fast-check would be
// the obvious tool, but it only supports zod 3 (its peer range is `zod ^3.18.0`) and our schemas
// are zod 4. zod 4 renders any schema as JSON Schema itself (`z.toJSONSchema`, maintained with
// zod and already what /openapi.json is built from), so arbitraries are derived from that:
// one small walk over a documented format instead of over zod's internals.

type JsonSchema = Record<string, unknown> | boolean;

/** Recursive schemas ($ref) and deep nesting stop here (with null, or an empty list). */
const maxDepth = 4;

/** What the JSON Schema of `schema`'s *input* is (defaults make fields optional, pipes read their input). */
export function inputJsonSchema(schema: unknown): JsonSchema {
  if (!(schema instanceof z.ZodType)) return {};
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

const anyJson = fc.jsonValue({ maxDepth: 2 });
/** What a schema JSON Schema cannot describe (dates, uploads) may take: any JSON, or a date. */
const unknownValue = fc.oneof(
  anyJson,
  fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
);
/**
 * Plain text, or text of a shape a refinement may insist on that JSON Schema cannot say
 * (an Indonesian mobile number, an email address behind a transform, an https URL), so such
 * fields are sometimes valid too.
 */
const someText = (minLength: number, maxLength: number) =>
  fc.oneof(
    fc.string({ minLength, maxLength, unit: 'grapheme' }),
    fc.stringMatching(/^(08|\+628|628)[1-9]\d{7,10}$/),
    fc.stringMatching(/^[a-z][a-z0-9.]{0,15}@[a-z]{2,12}\.(com|co\.id|id)$/),
    fc.webUrl({ validSchemes: ['https'] }),
  );

/** Values of the schema's shape: best effort (refinements a JSON Schema cannot say are not honoured). */
export function validArbitrary(schema: unknown): fc.Arbitrary<unknown> {
  const root = inputJsonSchema(schema);
  const defs = (typeof root === 'object' && (root.$defs as Record<string, JsonSchema>)) || {};
  return arbitraryOf(root, defs, 0);
}

function arbitraryOf(
  schema: JsonSchema,
  defs: Record<string, JsonSchema>,
  depth: number,
): fc.Arbitrary<unknown> {
  if (schema === true) return unknownValue;
  if (schema === false) return fc.constant(undefined);
  const s = schema as Record<string, unknown>;
  const next = (child: unknown) => arbitraryOf(child as JsonSchema, defs, depth + 1);
  if (typeof s.$ref === 'string') {
    if (depth >= maxDepth) return fc.constant(null);
    const name = s.$ref.replace('#/$defs/', '');
    return s.$ref === '#' ? fc.constant(null) : next(defs[name] ?? {});
  }
  if ('const' in s) return fc.constant(s.const);
  if (Array.isArray(s.enum)) return fc.constantFrom(...s.enum);
  const union = (s.anyOf ?? s.oneOf) as unknown[] | undefined;
  if (union?.length) return fc.oneof(...union.map(next));
  if (Array.isArray(s.allOf) && s.allOf.length) return next(s.allOf[0]);
  if (Array.isArray(s.type)) return fc.oneof(...s.type.map((type) => next({ ...s, type })));
  switch (s.type) {
    case 'string':
      return stringOf(s);
    case 'integer':
      return fc.integer({
        min: bound(s.minimum, s.exclusiveMinimum, 1, Number.MIN_SAFE_INTEGER),
        max: bound(s.maximum, s.exclusiveMaximum, -1, Number.MAX_SAFE_INTEGER),
      });
    case 'number':
      return fc.double({
        min: typeof s.minimum === 'number' ? s.minimum : (s.exclusiveMinimum as number | undefined),
        max: typeof s.maximum === 'number' ? s.maximum : (s.exclusiveMaximum as number | undefined),
        minExcluded: typeof s.exclusiveMinimum === 'number',
        maxExcluded: typeof s.exclusiveMaximum === 'number',
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (Array.isArray(s.prefixItems)) return fc.tuple(...s.prefixItems.map(next));
      const minLength = (s.minItems as number | undefined) ?? 0;
      if (depth >= maxDepth && minLength === 0) return fc.constant([]);
      const maxLength = Math.min(
        (s.maxItems as number | undefined) ?? Number.MAX_SAFE_INTEGER,
        minLength + 3,
      );
      return fc.array(next(s.items ?? {}), { minLength, maxLength });
    }
    case 'object':
      return objectOf(s, next, depth);
    default:
      return unknownValue;
  }
}

/** fc.integer's bounds from a JSON Schema's (exclusive) minimum/maximum, within safe integers. */
function bound(inclusive: unknown, exclusive: unknown, step: number, fallback: number): number {
  const value =
    typeof inclusive === 'number' ? inclusive : typeof exclusive === 'number' ? exclusive + step : fallback;
  return Math.max(Number.MIN_SAFE_INTEGER, Math.min(Number.MAX_SAFE_INTEGER, Math.round(value)));
}

function stringOf(s: Record<string, unknown>): fc.Arbitrary<string> {
  switch (s.format) {
    case 'uuid':
      return fc.uuid();
    case 'email':
      // zod's own pattern is stricter than RFC 5322 addresses (fc.emailAddress).
      return typeof s.pattern === 'string' ? fc.stringMatching(new RegExp(s.pattern)) : fc.emailAddress();
    case 'uri':
    case 'url':
      return fc.webUrl();
    case 'date-time':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01') })
        .map((d) => d.toISOString());
    case 'date':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01') })
        .map((d) => d.toISOString().slice(0, 10));
  }
  const minLength = (s.minLength as number | undefined) ?? 0;
  const maxLength = Math.min((s.maxLength as number | undefined) ?? 10_000, minLength + 40);
  if (typeof s.pattern === 'string') {
    try {
      return fc
        .stringMatching(new RegExp(s.pattern))
        .filter((v) => v.length >= minLength && v.length <= maxLength + 40);
    } catch {
      // A pattern fast-check cannot generate from (lookarounds): plain text of the right length.
    }
  }
  return someText(minLength, maxLength);
}

function objectOf(
  s: Record<string, unknown>,
  next: (child: unknown) => fc.Arbitrary<unknown>,
  depth: number,
): fc.Arbitrary<unknown> {
  const properties = (s.properties ?? {}) as Record<string, unknown>;
  const required = new Set((s.required as string[] | undefined) ?? []);
  const known = fc.record(
    Object.fromEntries(Object.entries(properties).map(([key, child]) => [key, next(child)])),
    { requiredKeys: Object.keys(properties).filter((key) => required.has(key)) },
  );
  const extra = s.additionalProperties;
  if (!extra || typeof extra !== 'object' || depth >= maxDepth) return known;
  const keys = s.propertyNames
    ? (next(s.propertyNames) as fc.Arbitrary<string>)
    : fc.string({ maxLength: 20 });
  return fc
    .tuple(known, fc.dictionary(keys, next(extra), { maxKeys: 3 }))
    .map(([a, b]) => ({ ...(b as object), ...(a as object) }));
}

/** Values no caller should send, chosen where a schema or a database column tends to break. */
const hostileLeaf = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    '',
    ' ',
    -1,
    0,
    1.5,
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 53,
    1e308,
    -1e308,
    'x'.repeat(5000),
    [],
    {},
    true,
    'NaN',
    '-0',
    '1e309',
    '\'; drop table "User"; --',
    '../../etc/passwd',
    '٣٤',
    '🙂'.repeat(3),
    'INV99999999999999999999',
    'INV-1',
    '00000000-0000-0000-0000-000000000000',
    '2024-02-30',
    '9999-12-31',
    '0000-01-01',
  ),
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
);

/** Every path to a value inside `value` (itself included). */
function pathsOf(value: unknown, path: Array<string | number> = [], out: Array<Array<string | number>> = []) {
  out.push(path);
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) pathsOf(item, [...path, index], out);
  } else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], out);
  return out;
}

function replaceAt(value: unknown, path: Array<string | number>, leaf: unknown): unknown {
  if (!path.length) return leaf;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head as string] = replaceAt(copy[head as string], rest, leaf);
  return copy;
}

/**
 * Deliberately wrong input: a valid value with one field (or the whole) replaced by a hostile value,
 * a required field dropped, or any JSON at all.
 */
export function invalidArbitrary(schema: unknown): fc.Arbitrary<unknown> {
  const valid = validArbitrary(schema);
  const oneReplaced = fc.tuple(valid, fc.nat(), hostileLeaf).map(([value, pick, leaf]) => {
    const paths = pathsOf(value);
    return replaceAt(value, paths[pick % paths.length] as Array<string | number>, leaf);
  });
  const oneDropped = valid.chain((value) => {
    if (!value || typeof value !== 'object' || Array.isArray(value) || !Object.keys(value).length)
      return fc.constant(value);
    return fc.constantFrom(...Object.keys(value)).map((key) => {
      const { [key]: _dropped, ...rest } = value as Record<string, unknown>;
      return rest;
    });
  });
  return fc.oneof(oneReplaced, oneDropped, anyJson, hostileLeaf);
}
