import { randomBytes } from 'node:crypto';
import type { Accreditation, EvaluationForm } from '@ptp/content';
import { createCourse, eligibleLearner, ISSUE, REVOKE, type TestCourse } from '../certificates/certificate-fixtures';
import type { TestAccount } from '../testing/factories';
import type { TestApp } from '../testing/test-app';

/**
 * Test data for the credit reports: a released, accredited course, and learners certified in it
 * who claimed credit, written as the certificates feature records a claim (the version's
 * evaluation first, which the claim's foreign key needs).
 */

const EVALUATION_FORM: EvaluationForm = {
  items: [
    { id: 'objectives-met', kind: 'RATING', prompt: 'The activity met its objectives.', scale: ['Disagree', 'Neutral', 'Agree'], required: true, purpose: null },
    { id: 'change', kind: 'TEXT', prompt: 'What will you change in your practice?', scale: [], required: true, purpose: 'COMMITMENT_TO_CHANGE' },
  ],
};

export interface TestActivity extends TestCourse {
  activityId: string;
}

export async function createActivity(api: TestApp): Promise<TestActivity> {
  const course = await createCourse(api.dataSource);
  const activityId = `EMS-${randomBytes(4).toString('hex')}`;
  const accreditation: Accreditation = {
    provider: 'The test provider',
    accredited: true,
    statement: 'The test provider is accredited to provide continuing medical education for physicians.',
    format: 'ENDURING_MATERIAL',
    activityId,
    credits: [{ type: 'AMA_PRA_CATEGORY_1', maximum: 1.5, designation: 'A maximum of 1.5 AMA PRA Category 1 Credits™.' }],
  };
  await api.dataSource.query(`UPDATE course_version SET accreditation = $2, evaluation = $3, released_at = now() WHERE id = $1`, [
    course.versionId,
    accreditation,
    EVALUATION_FORM,
  ]);
  return { ...course, activityId };
}

/** A new released and published version of the activity's course, offering the same credit with the same form. */
export async function releaseNewVersion(api: TestApp, activity: TestActivity): Promise<TestActivity> {
  const [{ id }] = await api.dataSource.query(
    `INSERT INTO course_version (course_id, version, content_hash, title, summary, credit_hours, source_title, completion_rules, certificate_policy, accreditation, evaluation, released_at)
     SELECT course_id, version + 1, content_hash || '+', title, summary, credit_hours, source_title, completion_rules, certificate_policy, accreditation, evaluation, now()
       FROM course_version WHERE id = $1
     RETURNING id`,
    [activity.versionId],
  );
  await api.dataSource.query(`UPDATE course SET published_version_id = $2 WHERE id = $1`, [activity.id, id]);
  return { ...activity, versionId: id };
}

export interface ClaimDetails {
  profession?: string;
  creditType?: string;
  amount?: number;
  /** ISO times; now when left out. */
  claimedAt?: string;
  issuedAt?: string;
  /** The learner's answers to the evaluation; none when left out. */
  evaluation?: { rating: number; change: string };
}

export interface CertifiedClaim {
  learner: TestAccount;
  certificateId: string;
}

/** A new learner, certified in the activity by the admin, who claimed credit on the certificate. */
export async function certifiedClaim(api: TestApp, admin: TestAccount, activity: TestActivity, name: string, claim: ClaimDetails = {}): Promise<CertifiedClaim> {
  const learner = await eligibleLearner(api.dataSource, activity, name);
  const { data, errors } = await api.graphql(ISSUE, { userId: learner.id, courseSlug: activity.slug }, admin.token);
  if (errors) throw new Error(errors[0].message);
  const certificateId: string = data!.issueCertificate.id;
  if (claim.issuedAt) await api.dataSource.query(`UPDATE certificate SET issued_at = $2 WHERE id = $1`, [certificateId, claim.issuedAt]);
  await api.dataSource.query(`INSERT INTO course_evaluation (user_id, course_id, course_version_id) VALUES ($1, $2, $3)`, [learner.id, activity.id, activity.versionId]);
  if (claim.evaluation) {
    await api.dataSource.query(
      `INSERT INTO course_evaluation_answer (user_id, course_version_id, item_id, rating, comment) VALUES ($1, $2, 'objectives-met', $3, null), ($1, $2, 'change', null, $4)`,
      [learner.id, activity.versionId, claim.evaluation.rating, claim.evaluation.change],
    );
  }
  await api.dataSource.query(
    `INSERT INTO credit_claim (certificate_id, user_id, course_id, course_version_id, credit_type, amount, measured_minutes, attested, profession, claimed_at)
     VALUES ($1, $2, $3, $4, $5, $6, 45, true, $7, coalesce($8::timestamptz, now()))`,
    [certificateId, learner.id, activity.id, activity.versionId, claim.creditType ?? 'AMA_PRA_CATEGORY_1', claim.amount ?? 1.5, claim.profession ?? 'PHYSICIAN', claim.claimedAt ?? null],
  );
  return { learner, certificateId };
}

export async function revoke(api: TestApp, admin: TestAccount, certificateId: string): Promise<void> {
  const { errors } = await api.graphql(REVOKE, { certificateId, reason: 'Issued to the wrong learner by mistake.' }, admin.token);
  if (errors) throw new Error(errors[0].message);
}

const UPDATE_PROFILE = `mutation Update($input: CreditProfileInput!) { updateCreditProfile(input: $input) { npi } }`;

/** The learner's credit profile as they save it, with or without consent to share the board details. */
export async function saveCreditProfile(api: TestApp, learner: TestAccount, input: Record<string, unknown>): Promise<void> {
  const { errors } = await api.graphql(UPDATE_PROFILE, { input }, learner.token);
  if (errors) throw new Error(errors[0].message);
}
