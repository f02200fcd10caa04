import { typedSql, type Database } from '../database/typed-sql';

/** What progress holds about one learner, for their own copy of their data. */
export async function progressOfHolder(db: Database, userId: string) {
  const progress = typedSql(db);
  const [enrolments, lessonCompletions, learningEvents, disclosureAcknowledgements] = await Promise.all([
    progress.selectFrom('enrolment').selectAll().where('userId', '=', userId).orderBy('enrolledAt').execute(),
    progress.selectFrom('lessonCompletion').selectAll().where('userId', '=', userId).orderBy('completedAt').execute(),
    progress.selectFrom('learningEvent').selectAll().where('actorId', '=', userId).orderBy('occurredAt').execute(),
    progress.selectFrom('disclosureAcknowledgement').selectAll().where('userId', '=', userId).orderBy('acknowledgedAt').execute(),
  ]);
  return { enrolments, lessonCompletions, learningEvents, disclosureAcknowledgements };
}
