import { deepFreeze, ImmutableCache, writtenInThisTransaction, type Queryable, type ReadValue } from '../common/immutable-cache';
import type { QuestionEntity } from './question.entity';

/** Characters of JSON: hundreds of quiz versions' questions, a small part of the API's memory. */
const KEPT_CHARACTERS = 4 * 1024 * 1024;

/**
 * A published quiz version and its questions can no longer change (a trigger refuses it); a draft
 * can, and so can a version published by a transaction not yet committed.
 */
const versions = new ImmutableCache<QuestionEntity[]>(KEPT_CHARACTERS, async (db, versionIds) => {
  const rows: { versionId: string; settled: boolean; questions: string }[] = await db.query(
    `SELECT v.id AS "versionId", v.status = 'PUBLISHED' AND NOT ${writtenInThisTransaction('v')} AS settled,
            COALESCE((
              SELECT json_agg(json_build_object(
                       'id', q.id, 'quizVersionId', q.quiz_version_id, 'key', q.key, 'position', q.position, 'type', q.type,
                       'prompt', q.prompt, 'explanation', q.explanation, 'passageAnchor', q.passage_anchor, 'referenceKeys', q.reference_keys, 'options', q.options,
                       'numericAnswer', q.numeric_answer, 'acceptedAnswers', q.accepted_answers) ORDER BY q.position)
                FROM question q WHERE q.quiz_version_id = v.id), '[]')::text AS questions
       FROM quiz_version v WHERE v.id = ANY($1::uuid[])`,
    [versionIds],
  );
  const found = new Map<string, ReadValue<QuestionEntity[]>>(
    rows.map(({ versionId, settled, questions }) => [
      versionId,
      { value: deepFreeze(JSON.parse(questions)), size: questions.length, keep: settled },
    ]),
  );
  return new Map(versionIds.map((id) => [id, found.get(id) ?? { value: [], size: 0, keep: false }]));
});

/**
 * The questions of quiz versions in the quiz's order, answer keys included: map to a learner
 * type before returning anything from these. Published versions are read once per process.
 */
export function questionsOfVersions(db: Queryable, versionIds: readonly string[]): Promise<Map<string, QuestionEntity[]>> {
  return versions.get(db, versionIds);
}
