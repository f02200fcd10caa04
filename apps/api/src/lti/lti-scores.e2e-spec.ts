import { eventually } from '../testing/sample-course-learner';
import { startLtiWorld, sessionOf, type LtiWorld } from './launch-fixtures';

const START = `mutation($quizId: ID!) { startQuizAttempt(quizId: $quizId) { id } }`;
const SUBMIT = `mutation($attemptId: ID!) { submitQuizAttempt(attemptId: $attemptId, answers: []) { score } }`;
/** pg-boss tries a failed job again after 5 seconds, then longer; a worker polls every 2. */
const RETRIED_WITHIN_MS = 30_000;

describe('grades sent back to the LMS (Assignment and Grade Services)', () => {
  let world: LtiWorld;
  let quizId: string;
  let people = 0;

  beforeAll(async () => {
    world = await startLtiWorld();
    [{ id: quizId }] = await world.api.dataSource.query(`SELECT id FROM quiz WHERE slug = 'basics-quiz'`);
  });
  afterAll(() => world.close());

  /** A learner launched into the quiz from a link whose line item is `lineItem`; answers their session. */
  async function launchedLearner(lineItem: string | null, target = `${world.publicUrl}/courses/sample-course/quizzes/${quizId}`) {
    const subject = `lms-learner-${++people}`;
    const answer = await world.launch({ subject, name: `Learner ${people}`, targetLinkUri: target, lineItem, resourceLinkId: `link-${people}` });
    expect(answer.status).toBe(303);
    return { subject, token: sessionOf(answer)! };
  }

  async function takeQuiz(token: string, quiz = quizId): Promise<number> {
    const started = await world.api.graphql(START, { quizId: quiz }, token);
    expect(started.errors).toBeUndefined();
    const submitted = await world.api.graphql(SUBMIT, { attemptId: started.data!.startQuizAttempt.id }, token);
    expect(submitted.errors).toBeUndefined();
    return submitted.data!.submitQuizAttempt.score;
  }

  const scoresOf = (subject: string) => world.lms.scores.filter((score) => score.body.userId === subject);

  it('posts the graded score to the line item of the launch, with a token got by the tool’s signed assertion', async () => {
    const lineItem = world.lms.lineItemUrl('quiz-1');
    const { subject, token } = await launchedLearner(lineItem);
    const score = await takeQuiz(token);
    const arrived = await eventually(async () => scoresOf(subject), (scores) => scores.length > 0);
    expect(arrived).toEqual([
      {
        lineItem,
        body: { userId: subject, scoreGiven: score, scoreMaximum: 100, activityProgress: 'Completed', gradingProgress: 'FullyGraded', timestamp: expect.any(String) },
      },
    ]);
    expect(Date.parse(arrived[0].body.timestamp as string)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('keeps the access token until it expires', async () => {
    const before = world.lms.tokenRequests;
    const { subject, token } = await launchedLearner(world.lms.lineItemUrl('quiz-2'));
    await takeQuiz(token);
    await eventually(async () => scoresOf(subject), (scores) => scores.length > 0);
    expect(world.lms.tokenRequests).toBe(before);
  });

  it('sends a score again after the LMS failed to take it', async () => {
    const { subject, token } = await launchedLearner(world.lms.lineItemUrl('quiz-3'));
    world.lms.failScores(1);
    const refusedBefore = world.lms.refusedScores;
    await takeQuiz(token);
    const deadline = Date.now() + RETRIED_WITHIN_MS;
    while (scoresOf(subject).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
    expect(world.lms.refusedScores).toBe(refusedBefore + 1);
    expect(scoresOf(subject)).toHaveLength(1);
  }, RETRIED_WITHIN_MS + 10_000);

  it('gives a link to the whole course the grade of its final exam, not of a module quiz', async () => {
    const [{ id: finalExamId }] = await world.api.dataSource.query(`SELECT id FROM quiz WHERE slug = 'final-exam'`);
    const { subject, token } = await launchedLearner(world.lms.lineItemUrl('course'), `${world.publicUrl}/courses/sample-course`);
    await takeQuiz(token);
    const score = await takeQuiz(token, finalExamId);
    const arrived = await eventually(async () => scoresOf(subject), (scores) => scores.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(scoresOf(subject)).toEqual([{ lineItem: world.lms.lineItemUrl('course'), body: expect.objectContaining({ scoreGiven: score }) }]);
    expect(arrived).toHaveLength(1);
  });

  it('sends nothing for a launch whose LMS link takes no grades', async () => {
    const { subject, token } = await launchedLearner(null);
    await takeQuiz(token);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(scoresOf(subject)).toEqual([]);
    const [{ jobs }] = await world.api.dataSource.query(`SELECT count(*)::int AS jobs FROM pgboss.job WHERE name = 'lti.score' AND data->>'attemptId' IN (SELECT id::text FROM quiz_attempt WHERE user_id = (SELECT user_id FROM lti_account WHERE subject = $1))`, [subject]);
    expect(jobs).toBe(0);
  });
});
