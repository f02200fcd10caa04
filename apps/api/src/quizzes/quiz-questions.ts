import { deepFreeze, ImmutableCache, type Queryable, type ReadValue } from '../common/immutable-cache';
import { parseJsonText } from '../database/json-text';
import type { Database } from '../database/typed-sql';
import type { StoredQuestion } from './questions.records';
import { readVersionQuestions } from './quiz-versions.records';

/** Characters of JSON: hundreds of quiz versions' questions, a small part of the API's memory. */
const KEPT_CHARACTERS = 4 * 1024 * 1024;

/**
 * A published quiz version and its questions can no longer change (a trigger refuses it); a draft
 * can, and so can a version published by a transaction not yet committed.
 */
const versions = new ImmutableCache<StoredQuestion[]>(KEPT_CHARACTERS, async (db, versionIds) => {
  // The cache hands its reader the data source or transaction manager its caller gave.
  const rows = await readVersionQuestions(db as Database, versionIds);
  const found = new Map<string, ReadValue<StoredQuestion[]>>(
    rows.map(({ versionId, settled, questions }) => [
      versionId,
      { value: deepFreeze(parseJsonText(questions)), size: questions.length, keep: settled },
    ]),
  );
  return new Map(versionIds.map((id) => [id, found.get(id) ?? { value: [], size: 0, keep: false }]));
});

/**
 * The questions of quiz versions in the quiz's order, answer keys included: map to a learner
 * type before returning anything from these. Published versions are read once per process.
 */
export function questionsOfVersions(db: Queryable, versionIds: readonly string[]): Promise<Map<string, StoredQuestion[]>> {
  return versions.get(db, versionIds);
}
