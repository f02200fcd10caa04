import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The rules of the road (README, "Architecture"): the folders of src from the bottom layer up.
 * A folder imports its own layer's folders and lower ones, never a higher one, and no chain of
 * imports leads from a folder back to itself. Tests and test tools are exempt.
 */
const LAYERS = [
  ['common', 'database', 'config', 'secrets'],
  ['auth', 'audit', 'rate-limits', 'mail', 'jobs'],
  ['two-factor'],
  ['users', 'credit-profiles', 'single-sign-on', 'password-resets', 'email-changes', 'account-sessions'],
  ['catalog', 'course-reviews'],
  ['quizzes'],
  ['attempts'],
  ['progress'],
  ['evaluations'],
  ['certificates', 'reports', 'activity', 'content-import', 'health', 'citation-reviews'],
  ['transcripts', 'credit-reports'],
  ['credentials', 'lti', 'learning-records', 'quiz-exchange'],
  ['own-data', 'observability'],
  ['(app)'],
];
const FOUNDATION = LAYERS[0];
const EXEMPT = ['\\.(e2e-)?spec\\.ts$', '-fixtures\\.ts$', '^src/(testing|scripts|performance|robustness)/'];

/** The feature whose records hold every statement on each table; other features call them or join what they export. */
const TABLE_OWNERS: Record<string, string[]> = {
  auth: ['appUser', 'session', 'emailConfirmation', 'passwordReset', 'emailChange'],
  audit: ['auditLog'],
  'two-factor': ['twoFactor', 'twoFactorRecoveryCode', 'signInChallenge'],
  'single-sign-on': ['oidcProvider', 'oidcSignIn'],
  'credit-profiles': ['creditProfile'],
  'rate-limits': ['rateLimit'],
  catalog: ['course', 'courseVersion', 'courseModule', 'courseReference', 'lesson', 'lessonPassage', 'lessonReference', 'sourcePassage'],
  'course-reviews': ['courseReview', 'courseReviewReminder'],
  quizzes: ['quiz', 'quizVersion', 'question'],
  attempts: ['quizAttempt', 'attemptAnswer', 'regrade', 'attemptRegrade'],
  progress: ['enrolment', 'lessonCompletion', 'learningEvent', 'disclosureAcknowledgement'],
  'citation-reviews': ['sourceFingerprint', 'citationReview'],
  evaluations: ['courseEvaluation', 'courseEvaluationAnswer'],
  transcripts: ['externalCredit'],
  'learning-records': ['learningRecordStore', 'learningRecordDelivery'],
  lti: ['ltiPlatform', 'ltiToolKey', 'ltiLogin', 'ltiAccount', 'ltiScoreTarget', 'ltiDeepLinking'],
  credentials: ['signedCredential'],
  certificates: ['creditClaim', 'certificate', 'certificateAttestation', 'certificateBatch', 'certificateBatchLearner', 'credentialSigningKey', 'credentialStatusList', 'certificateRegradeDecision'],
};

interface Import {
  from: string;
  to: string;
}

/** Every import between two files of src, type-only ones included, as dependency-cruiser resolves them. */
function sourceImports(): Import[] {
  const cruise = `
    import { cruise } from 'dependency-cruiser';
    import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
    const options = { includeOnly: '^src/', exclude: { path: ${JSON.stringify(EXEMPT)} }, tsPreCompilationDeps: true, tsConfig: { fileName: 'tsconfig.json' } };
    const { output } = await cruise(['src'], options, {}, { tsConfig: extractTSConfig('tsconfig.json') });
    const imports = output.modules.flatMap((module) => module.dependencies.map((dependency) => ({ from: module.source, to: dependency.resolved })));
    process.stdout.write(JSON.stringify(imports));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', cruise], {
    cwd: path.resolve(__dirname, '..'),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return (JSON.parse(output) as Import[]).filter((found) => found.to.startsWith('src/'));
}

/** `src/catalog/x.ts` is in `catalog`; the files at the top of src (app.module.ts, main.ts...) are `(app)`. */
function folderOf(file: string): string {
  const parts = file.split('/');
  return parts.length > 2 ? parts[1] : '(app)';
}

function layerOf(folder: string): number {
  return LAYERS.findIndex((layer) => layer.includes(folder));
}

/** The imports from one folder to another, keyed `from -> to`. */
function folderImports(imports: Import[]): Map<string, Import[]> {
  const byEdge = new Map<string, Import[]>();
  for (const found of imports) {
    const [from, to] = [folderOf(found.from), folderOf(found.to)];
    if (from === to) continue;
    const key = `${from} -> ${to}`;
    byEdge.set(key, [...(byEdge.get(key) ?? []), found]);
  }
  return byEdge;
}

/** The shortest chain of folders from `start` to `goal`, or null. */
function shortestChain(edges: string[][], start: string, goal: string): string[] | null {
  const previous = new Map<string, string>([[start, start]]);
  const queue = [start];
  while (queue.length) {
    const folder = queue.shift()!;
    if (folder === goal) {
      const chain = [goal];
      while (chain[0] !== start) chain.unshift(previous.get(chain[0])!);
      return chain;
    }
    for (const [, to] of edges.filter(([from]) => from === folder)) {
      if (previous.has(to)) continue;
      previous.set(to, folder);
      queue.push(to);
    }
  }
  return null;
}

/** One cycle through each import between folders that has a way back, each cycle once, starting at its first folder by name. */
function folderCycles(byEdge: Map<string, Import[]>): string[][] {
  const edges = [...byEdge.keys()].map((key) => key.split(' -> '));
  const cycles = new Map<string, string[]>();
  for (const [from, to] of edges) {
    const back = shortestChain(edges, to, from);
    if (!back) continue;
    const cycle = [from, ...back.slice(0, -1)];
    const first = cycle.indexOf([...cycle].sort()[0]);
    const rotated = [...cycle.slice(first), ...cycle.slice(0, first)];
    cycles.set(rotated.join(' -> '), rotated);
  }
  return [...cycles.values()];
}

/** The cycle, then each of its steps with (the first few of) the imports that make it. */
function describeCycle(cycle: string[], byEdge: Map<string, Import[]>): string {
  const steps = cycle.map((from, index) => {
    const to = cycle[(index + 1) % cycle.length];
    const imports = byEdge.get(`${from} -> ${to}`)!;
    const shown = imports.slice(0, 3).map((found) => `    ${found.from} imports ${found.to}`);
    const more = imports.length > shown.length ? [`    and ${imports.length - shown.length} more`] : [];
    return [`  ${from} -> ${to}:`, ...shown, ...more].join('\n');
  });
  return [[...cycle, cycle[0]].join(' -> '), ...steps].join('\n');
}

describe('the folders of the API import each other by the rules of the road', () => {
  const imports = sourceImports();
  const byEdge = folderImports(imports);

  it('finds the imports it judges', () => {
    expect(byEdge.get('(app) -> common')?.length).toBeGreaterThan(0);
  });

  it('has no chain of imports that leads from a folder back to itself', () => {
    expect(folderCycles(byEdge).map((cycle) => describeCycle(cycle, byEdge))).toEqual([]);
  });

  it('keeps common/ free of features: it imports only common, database and config', () => {
    const reaching = imports.filter((found) => folderOf(found.from) === 'common' && !FOUNDATION.includes(folderOf(found.to)));
    expect(reaching.map((found) => `${found.from} imports ${found.to}`)).toEqual([]);
  });

  it('has every folder in a layer, each importing only its own layer and lower ones', () => {
    const folders = [...new Set(imports.flatMap((found) => [folderOf(found.from), folderOf(found.to)]))];
    expect(folders.filter((folder) => layerOf(folder) < 0)).toEqual([]);
    const upward = imports.filter((found) => layerOf(folderOf(found.to)) > layerOf(folderOf(found.from)));
    expect(upward.map((found) => `${found.from} imports ${found.to}`)).toEqual([]);
  });
});

/** The tables of the migrated schema, as src/database/schema.ts names them. */
function schemaTables(): string[] {
  const schema = readFileSync(path.resolve(__dirname, 'database/schema.ts'), 'utf8');
  const body = schema.slice(schema.indexOf('export interface DB {'));
  return [...body.slice(0, body.indexOf('}')).matchAll(/^\s+(\w+):/gm)].map((match) => match[1]);
}

/** Every source file of a feature that may hold statements: tests, test tools, migrations and the generated schema are exempt. */
function statementFiles(): string[] {
  const exempt = [...EXEMPT.map((pattern) => new RegExp(pattern)), /^src\/database\/(migrations\/|schema\.ts$)/];
  const root = path.resolve(__dirname, '..');
  return readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join('src', file))
    .filter((file) => !exempt.some((pattern) => pattern.test(file)))
    .map((file) => path.join(root, file));
}

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** The tables a file's statements name, in query-builder calls or in SQL text, comments left out. */
function tablesNamedIn(source: string, tables: string[]): Set<string> {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const named = new Set<string>();
  for (const [, table] of code.matchAll(/\b(?:selectFrom|innerJoin|leftJoin|rightJoin|fullJoin|insertInto|updateTable|deleteFrom|mergeInto)\(\s*'(\w+)/g)) {
    if (tables.includes(table)) named.add(table);
  }
  for (const table of tables) {
    if (new RegExp(`\\b(?:from|join|into|update)\\s+"?${snakeCase(table)}"?(?:\\s|$|\\))`, 'i').test(code)) named.add(table);
  }
  return named;
}

describe('each table has one owner, whose records hold every statement on it', () => {
  const tables = schemaTables();
  const ownerOf = new Map(Object.entries(TABLE_OWNERS).flatMap(([feature, owned]) => owned.map((table) => [table, feature] as const)));

  it('names an owner for every table of the schema', () => {
    expect(tables.length).toBeGreaterThan(20);
    expect(tables.filter((table) => !ownerOf.has(table))).toEqual([]);
  });

  it("finds statements only in the owning feature's records files", () => {
    const misplaced = statementFiles().flatMap((file) => {
      const relative = path.relative(path.resolve(__dirname, '..'), file);
      const named = [...tablesNamedIn(readFileSync(file, 'utf8'), tables)];
      const outsideRecords = named.length > 0 && !/records\.ts$/.test(relative) ? [`${relative} has statements but is not a records file`] : [];
      const foreign = named.filter((table) => ownerOf.get(table) !== folderOf(relative)).map((table) => `${relative} names ${table}, owned by ${ownerOf.get(table)}`);
      return [...outsideRecords, ...foreign];
    });
    expect(misplaced).toEqual([]);
  });
});
