/**
 * fast-check generators for malformed requests: values that broke platforms before (NUL, lone
 * surrogates, huge strings and numbers, NaN, negative and fractional money, deep nesting,
 * prototype keys), damage done to a valid example (a field dropped, retyped or added, ids and
 * seqs duplicated or shuffled), wrong content types, and methods a route does not expect.
 */
import fc from 'fast-check';

export interface FuzzRequest {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body?: string;
}

const nastyStrings = [
  '',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFF',
  '__proto__',
  'constructor',
  '%00',
  '../../etc/passwd',
  "'; drop table entities; --",
  'x'.repeat(70_000),
  '黄焖鸡'.repeat(3_000),
  '0x10',
  '1e400',
  'NaN',
];

const nastyNumbers = [
  -1,
  -0,
  0.5,
  -2200.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 31,
  2 ** 63,
  Number.NaN,
  Number.POSITIVE_INFINITY,
];

/** A leaf value a schema would not expect. */
export const nastyLeaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...nastyStrings, ...nastyNumbers, null, true, false, [], {}),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.double(),
  fc.integer(),
);

/** Arbitrary JSON-ish values, a few levels deep, keys included. */
export const nastyValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    nastyLeaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(fc.constantFrom(...nastyStrings.slice(0, 8)), fc.string()),
      tie('value'),
      {
        maxKeys: 4,
      },
    ),
  ),
})).value;

/** A value nested `depth` levels, as text (JSON.stringify would recurse as deep). */
function deeplyNested(depth: number, open: string, close: string): string {
  return open.repeat(depth) + '1' + close.repeat(depth);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `example`, the root included. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => paths.push(...pathsOf(v, [...prefix, i])));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) paths.push(...pathsOf(v, [...prefix, key]));
  }
  return paths;
}

function setAt(
  root: Json,
  path: (string | number)[],
  edit: (parent: Json, key: string | number) => void,
) {
  let parent: Json = root;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key]!;
  edit(parent, path[path.length - 1]!);
}

type Damage = 'replace' | 'drop' | 'extra' | 'duplicate' | 'reverse' | 'proto' | 'poison';

/** What 'poison' appends to a string, or puts in place of a number. */
const poisons: unknown[] = ['\u0000', '\uD800', '\uDC00x', 'x'.repeat(100_000), -1, 0.5, 1e308];

/** `example` with one thing broken, serialised; prototype keys are spliced in as text. */
export function damaged(example: unknown): fc.Arbitrary<string> {
  const paths = pathsOf(example);
  return fc
    .tuple(
      fc.constantFrom(...paths),
      // Poisoned texts and numbers are what broke the platform before: weighted up.
      fc.oneof(
        { weight: 4, arbitrary: fc.constant<Damage>('poison') },
        { weight: 2, arbitrary: fc.constant<Damage>('replace') },
        fc.constantFrom<Damage>('drop', 'extra', 'duplicate', 'reverse', 'proto'),
      ),
      nastyValue,
      fc.constantFrom(...poisons),
    )
    .map(([path, damage, value, poison]) => {
      const copy = JSON.parse(JSON.stringify(example)) as Json;
      if (path.length === 0) {
        return damage === 'replace' ? (JSON.stringify(value) ?? 'null') : JSON.stringify(copy);
      }
      setAt(copy, path, (parent, key) => {
        const holder = parent as Record<string | number, unknown>;
        if (damage === 'replace') holder[key] = value;
        else if (damage === 'poison') {
          const old = holder[key];
          if (typeof old === 'string')
            holder[key] = typeof poison === 'string' ? old + poison : poison;
          else if (typeof old === 'number')
            holder[key] = typeof poison === 'number' ? poison : -old;
          else holder[key] = poison;
        } else if (damage === 'drop') {
          if (Array.isArray(parent)) parent.splice(Number(key), 1);
          else delete holder[key];
        } else if (damage === 'extra' && !Array.isArray(parent)) holder[`${key}Extra`] = value;
        else if (damage === 'duplicate' && Array.isArray(parent)) parent.push(parent[Number(key)]!);
        else if (damage === 'reverse' && Array.isArray(holder[key]))
          (holder[key] as Json[]).reverse();
      });
      const text = JSON.stringify(copy);
      // An own "__proto__" key only exists in JSON text; JSON.parse on the platform makes it one.
      return damage === 'proto' && text.startsWith('{')
        ? `{"__proto__":{"admin":true,"vendorId":"x"},"constructor":{"prototype":{}},${text.slice(1)}`
        : text;
    });
}

const contentTypes = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  '',
];

/** A body: mostly the example damaged, sometimes something else entirely. */
export function fuzzBody(example: unknown | undefined): fc.Arbitrary<string> {
  const others = fc.oneof(
    nastyValue.map((value) => JSON.stringify(value) ?? 'null'),
    fc.constantFrom(
      '',
      '{',
      'null',
      '"just a string"',
      deeplyNested(5_000, '[', ']'),
      deeplyNested(2_000, '{"a":', '}'),
      '{"a":1,"a":2}',
    ),
    fc.string({ unit: 'binary', maxLength: 60 }),
  );
  return example === undefined
    ? others
    : fc.oneof({ weight: 3, arbitrary: damaged(example) }, others);
}

export const fuzzContentType = fc.oneof(
  { weight: 5, arbitrary: fc.constant('application/json') },
  fc.constantFrom(...contentTypes),
);

/** A query string: the example's fields retyped, repeated, dropped or joined by junk. */
export function fuzzQuery(example: Record<string, string> | undefined): fc.Arbitrary<string> {
  const names = [...Object.keys(example ?? {}), 'token', '%74oken', 'cursor', '__proto__'];
  const value = fc.oneof(
    fc.constantFrom(
      '',
      '0',
      '-1',
      '0x10',
      '1e3',
      '1.5',
      '99999999999999999999',
      '%00',
      '%ED%A0%80',
      'NaN',
    ),
    fc.string({ maxLength: 20 }).map(encodeURIComponent),
  );
  const pair = fc.tuple(fc.constantFrom(...names), value).map(([name, v]) => `${name}=${v}`);
  const base = new URLSearchParams(example ?? {}).toString();
  return fc
    .tuple(fc.array(pair, { maxLength: 4 }), fc.boolean())
    .map(([pairs, keepBase]) => [keepBase ? base : '', ...pairs].filter(Boolean).join('&'));
}

export const fuzzMethod = (registered: string) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(registered) },
    fc.constantFrom('HEAD', 'OPTIONS', 'GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
  );
