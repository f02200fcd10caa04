import fc from 'fast-check';
import { isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';
import { deepValue, forwardedHeaders, KNOWN_ATTACKS } from './known-attacks';
import { operationText, type HostileCall, type Operation } from './operations';

/**
 * Real values of the database under test, so that generated calls reach past "not found": ids by
 * what they name (quiz, question, attempt...) and text by what it is (slug, anchor, yaml...). An
 * argument or input field whose name contains one of those words mostly gets those values.
 */
export interface KnownValues {
  ids: Record<string, string[]>;
  texts: Record<string, string[]>;
}

const HOSTILE_TEXT = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfff',
  '\ufeff',
  '\u202eevil.exe\u202c',
  'שלום עולם',
  'مرحبا بالعالم',
  '👩🏽‍⚕️💉🧪',
  'e\u0301\u0301\u0301\u0301',
  "'; DROP TABLE app_user; --",
  '%_\\',
  '$1',
  '{"$gt": ""}',
  '<img src=x onerror=alert(1)>',
  '../../etc/passwd',
  '\r\n\t',
  'null',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  '00000000-0000-0000-0000-000000000000',
];

/** Long text made of one repeated unit, up to 100,000 UTF-16 code units. */
const hugeText = fc
  .tuple(fc.constantFrom('x', 'é', '👩‍⚕️', '\u0000', '\ud83d', 'ש'), fc.integer({ min: 1_000, max: 100_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));

const shortText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_TEXT, ...KNOWN_ATTACKS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ minLength: 10, maxLength: 40 }) },
);
const anyText = fc.oneof({ weight: 9, arbitrary: shortText }, { weight: 1, arbitrary: hugeText });

const int = fc.oneof(
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  fc.constantFrom(0, -1, 1, 3, 100, 101, 86_400, 86_401, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53 + 2, 1e21, 0.5, -0),
);

const float = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 35, 1e308, -1e308, 5e-324, 2 ** 53 + 1, -(2 ** 63)),
);

/** Any JSON value: what a client sends when it ignores the declared type, now and then nested far too deep. */
const wrongType = fc.oneof({ weight: 4, arbitrary: fc.jsonValue({ maxDepth: 2 }) }, { weight: 1, arbitrary: deepValue });

function poolFor(pools: Record<string, string[]>, name: string): string[] | undefined {
  return Object.entries(pools).find(([word]) => name.toLowerCase().includes(word))?.[1];
}

function idFor(name: string, known: KnownValues): fc.Arbitrary<unknown> {
  const everyId = Object.values(known.ids).flat();
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...(poolFor(known.ids, name) ?? everyId)) },
    { weight: 1, arbitrary: fc.constantFrom(...everyId) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: shortText },
  );
}

function textFor(name: string, known: KnownValues, inList: boolean): fc.Arbitrary<unknown> {
  const text = inList ? shortText : anyText;
  const real = poolFor(known.texts, name);
  if (!real) return text;
  // Real text with hostile text spliced in somewhere: a quiz file one line off, a slug with a tail.
  const spliced = fc
    .tuple(fc.constantFrom(...real), fc.nat(), shortText)
    .map(([value, at, insert]) => value.slice(0, at % (value.length + 1)) + String(insert) + value.slice(at % (value.length + 1)));
  return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...real) }, { weight: 2, arbitrary: spliced }, { weight: 2, arbitrary: text });
}

/** Mostly values of the declared type, so that calls reach the resolvers, and now and then any JSON value. */
function valueOf(type: GraphQLInputType, name: string, known: KnownValues, inList = false): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 19, arbitrary: typedValueOf(type, name, known, inList) }, { weight: 1, arbitrary: wrongType });
}

function typedValueOf(type: GraphQLInputType, name: string, known: KnownValues, inList: boolean): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return typedValueOf(type.ofType, name, known, inList);
  if (isListType(type)) {
    return fc.oneof(
      { weight: 6, arbitrary: fc.array(valueOf(type.ofType, name, known, true), { maxLength: 6 }) },
      { weight: 1, arbitrary: fc.array(typedValueOf(type.ofType, name, known, true), { minLength: 150, maxLength: 600 }) },
    );
  }
  if (isEnumType(type)) {
    return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...type.getValues().map((value) => value.name)) }, { weight: 1, arbitrary: shortText });
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const shape = Object.fromEntries(fields.map((field) => [field.name, valueOf(field.type, field.name, known, inList)]));
    const requiredKeys = fields.filter((field) => isNonNullType(field.type) && field.defaultValue === undefined).map((field) => field.name);
    return fc.record(shape, { requiredKeys });
  }
  switch (type.name) {
    case 'ID':
      return idFor(name, known);
    case 'Int':
      return int;
    case 'Float':
      return float;
    case 'Boolean':
      return fc.boolean();
    default:
      return textFor(name, known, inList);
  }
}

/** One operation called with generated variables for every argument, and now and then forwarded-address headers. */
export function hostileCalls(operation: Operation, known: KnownValues): fc.Arbitrary<HostileCall> {
  const { args } = operation.field;
  const shape = Object.fromEntries(args.map((arg) => [arg.name, valueOf(arg.type, arg.name, known)]));
  const requiredKeys = args.filter((arg) => isNonNullType(arg.type)).map((arg) => arg.name);
  return fc
    .tuple(fc.record(shape, { requiredKeys }), fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: forwardedHeaders }))
    .map(([variables, headers]) => ({ query: operationText(operation), variables, ...(headers ? { headers } : {}) }));
}
