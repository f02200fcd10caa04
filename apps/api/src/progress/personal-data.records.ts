import { typedSql, type Database } from '../database/typed-sql';

/** What progress holds about one learner, for their own copy of their data. */
export async function progressOfHolder(db: Database, userId: string) {
  const progress = typedSql(db);
  // One after another: inside the export's transaction they share one connection.
  const enrolments = await progress.selectFrom('enrolment').selectAll().where('userId', '=', userId).orderBy('enrolledAt').execute();
  const lessonCompletions = await progress.selectFrom('lessonCompletion').selectAll().where('userId', '=', userId).orderBy('completedAt').execute();
  const learningEvents = await progress.selectFrom('learningEvent').selectAll().where('actorId', '=', userId).orderBy('occurredAt').execute();
  const disclosureAcknowledgements = await progress.selectFrom('disclosureAcknowledgement').selectAll().where('userId', '=', userId).orderBy('acknowledgedAt').execute();
  return { enrolments, lessonCompletions, learningEvents, disclosureAcknowledgements };
}
