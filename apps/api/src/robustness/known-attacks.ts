import fc from 'fast-check';
import { isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';
import { NestedLists, operationText, type HostileCall, type Operation } from './operations';

const laughs = 'abcdefghi';

/** "Billion laughs": nine anchors each repeating the one before nine times, a billion strings if expanded. */
export const YAML_ALIAS_BOMB = [...laughs]
  .map((name, level) => `lol${name}: &${name} [${Array(9).fill(level === 0 ? 'lol' : `*${laughs[level - 1]}`).join(', ')}]`)
  .join('\n');

/**
 * Inputs that once printed lines of their own on certificates, failed in PostgreSQL or expanded
 * without bound (issue 12): each is sent in every string argument of every operation.
 */
export const KNOWN_ATTACKS: string[] = [
  'Jo Bloggs\nhas completed Advanced Neurosurgery (40 credit hours)',
  'Jo \u202Esruoh tiderc 04\u202C',
  '\u2066Jo\u2069 \u2067Bloggs\u2069 \u2068x\u2069 \u202A\u202B\u202D',
  'Jo\u200BBl\u200Cog\u200Dgs\u2060\uFEFF',
  '\u200E\u200F\u061C',
  'Jo\t\u0085\u009B\u00AD\uFFF9Bloggs',
  'Jo\uE000\u{F0000}\u{E0080}',
  'Jo\u2028Bloggs\u2029\r',
  'ABCD-EFGH\u0000',
  YAML_ALIAS_BOMB,
];

export const deepValue = fc.constantFrom(20, 33, 500, 10_000).map((depth) => new NestedLists(depth));

/** Addresses a client may claim to forward for: rotating them must never get a request past a limit or into a fault. */
export const forwardedHeaders: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    'x-forwarded-for': fc.oneof(
      fc.ipV4(),
      fc.ipV6(),
      fc.array(fc.oneof(fc.ipV4(), fc.ipV6()), { minLength: 2, maxLength: 40 }).map((addresses) => addresses.join(', ')),
      fc.constantFrom('127.0.0.1', '::1', '::ffff:127.0.0.1', 'unknown', '', ',,,', '1.2.3.4.5', "' OR 1=1 --", 'x'.repeat(4_000)),
    ),
    'x-forwarded-proto': fc.constantFrom('http', 'https', 'javascript', 'https, http'),
  },
  { requiredKeys: [] },
);

type Path = (string | number)[];

/** A value of the type that would pass GraphQL's own checks, with every optional input field given too. */
function plausibleValue(type: GraphQLInputType, name: string, realText: (name: string) => string): unknown {
  if (isNonNullType(type)) return plausibleValue(type.ofType, name, realText);
  if (isListType(type)) return [plausibleValue(type.ofType, name, realText)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).map((field) => [field.name, plausibleValue(field.type, field.name, realText)]));
  }
  return { Int: 1, Float: 1, Boolean: false }[type.name] ?? realText(name);
}

/** Where text goes in a value of the type: String and ID arguments and input fields, the first item of a list. */
function textPaths(type: GraphQLInputType, at: Path): Path[] {
  if (isNonNullType(type)) return textPaths(type.ofType, at);
  if (isListType(type)) return textPaths(type.ofType, [...at, 0]);
  if (isInputObjectType(type)) return Object.values(type.getFields()).flatMap((field) => textPaths(field.type, [...at, field.name]));
  return type.name === 'String' || type.name === 'ID' ? [at] : [];
}

function withValueAt(value: unknown, [step, ...rest]: Path, replacement: unknown): unknown {
  if (step === undefined) return replacement;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[step] = withValueAt(copy[step], rest, replacement);
  return copy;
}

/**
 * Every known attack in every place text goes, one at a time, the other arguments plausible; and
 * each argument once as a value nested 10,000 levels deep.
 */
export function knownAttackCalls(operation: Operation, realText: (name: string) => string): HostileCall[] {
  const query = operationText(operation);
  const { args } = operation.field;
  const plausible = Object.fromEntries(args.map((arg) => [arg.name, plausibleValue(arg.type, arg.name, realText)]));
  const paths = args.flatMap((arg) => textPaths(arg.type, [arg.name]));
  return [
    ...paths.flatMap((path) => KNOWN_ATTACKS.map((attack) => ({ query, variables: withValueAt(plausible, path, attack) as Record<string, unknown> }))),
    ...args.map((arg) => ({ query, variables: { ...plausible, [arg.name]: new NestedLists(10_000) } })),
  ];
}
