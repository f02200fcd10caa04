import request from 'supertest';
import { testSecretBox } from '../testing/test-secrets';
import { newTotpSecret } from '../two-factor/totp';
import { twoFactorSecretContext } from '../two-factor/two-factor-codes';
import { hashPassword } from '../users/password';
import { startLtiWorld, sessionOf, type LtiWorld } from './launch-fixtures';
import type { LaunchOf } from './test-lms-fixtures';

const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';
const ME = '{ me { id name email } }';

describe('LTI 1.3 launches from a registered LMS', () => {
  let world: LtiWorld;
  let people = 0;
  let course: string;

  beforeAll(async () => {
    world = await startLtiWorld();
    course = `${world.publicUrl}/courses/sample-course`;
  });
  afterAll(() => world.close());

  const learner = (overrides: Partial<LaunchOf> = {}): LaunchOf => ({ subject: `lms-user-${++people}`, name: `Nurse ${people}`, targetLinkUri: course, ...overrides });

  /** What a refused launch must leave as it was. */
  async function written() {
    const [counts] = await world.api.dataSource.query(`SELECT
      (SELECT count(*) FROM app_user)::int AS accounts, (SELECT count(*) FROM session)::int AS sessions,
      (SELECT count(*) FROM enrolment)::int AS enrolments, (SELECT count(*) FROM lti_account)::int AS links,
      (SELECT count(*) FROM lti_score_target)::int AS targets, (SELECT count(*) FROM lti_login WHERE used_at IS NOT NULL)::int AS used_logins`);
    return counts;
  }

  function refusal(response: { status: number; text: string }) {
    return { status: response.status, code: /id="error-code">([A-Z_]+)</.exec(response.text)?.[1] };
  }

  it('signs a new learner in, enrols them and opens the course; the next launch finds the same account', async () => {
    const nurse = learner({ email: 'nurse.lti@hospital.example.org' });
    const answer = await world.launch(nurse);
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe('/courses/sample-course');
    const token = sessionOf(answer)!;
    expect(String(answer.headers['set-cookie'])).toMatch(/ptp_session=.*SameSite=Lax/);
    const me = (await world.api.graphql(ME, {}, token)).data!.me;
    expect(me).toMatchObject({ name: nurse.name, email: 'nurse.lti@hospital.example.org' });
    const [enrolment] = await world.api.dataSource.query(`SELECT e.id FROM enrolment e JOIN course c ON c.id = e.course_id WHERE e.user_id = $1 AND c.slug = 'sample-course'`, [me.id]);
    expect(enrolment).toBeDefined();

    const again = await world.launch(nurse);
    expect(again.status).toBe(303);
    expect((await world.api.graphql(ME, {}, sessionOf(again))).data!.me.id).toBe(me.id);
  });

  it('gives the LMS link in the holder’s data, and forgets it with the account: the next launch makes a new account', async () => {
    const nurse = learner();
    const first = sessionOf(await world.launch(nurse))!;
    const { myData } = (await world.api.graphql('{ myData }', {}, first)).data!;
    expect(myData.lmsLinks).toEqual([{ lms: 'Trust Moodle', issuer: world.lms.issuer, lmsUserId: nurse.subject, linkedAt: expect.any(String) }]);
    const me = (await world.api.graphql(ME, {}, first)).data!.me;
    await world.api.dataSource.query(`UPDATE app_user SET password_hash = $2 WHERE id = $1`, [me.id, await hashPassword('a long enough password')]);
    const deleted = await world.api.graphql('mutation { deleteMyAccount(currentPassword: "a long enough password") }', {}, first);
    expect(deleted.data).toEqual({ deleteMyAccount: true });
    const again = (await world.api.graphql(ME, {}, sessionOf(await world.launch(nurse)))).data!.me;
    expect(again.id).not.toBe(me.id);
  });

  it('asks an account with two-factor on for its code instead of starting a session', async () => {
    const nurse = learner();
    const me = (await world.api.graphql(ME, {}, sessionOf(await world.launch(nurse)))).data!.me;
    await world.api.dataSource.query(`INSERT INTO two_factor (user_id, sealed_secret, enabled_at) VALUES ($1, $2, now())`, [me.id, testSecretBox().seal(newTotpSecret(), twoFactorSecretContext(me.id))]);
    const answer = await world.launch(nurse);
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toMatch(/^\/sign-in\?challenge=[^&]+&next=%2Fcourses%2Fsample-course$/);
    expect(sessionOf(answer)).toBeUndefined();
  });

  it('never signs an LMS user into an existing account by its email address, which the LMS does not vouch for', async () => {
    const owner = await world.api.dataSource.query(`INSERT INTO app_user (email, name, password_hash, roles) VALUES ('owner@hospital.example.org', 'Owner', 'x', '{LEARNER}') RETURNING id`);
    const answer = await world.launch(learner({ email: 'owner@hospital.example.org' }));
    const me = (await world.api.graphql(ME, {}, sessionOf(answer))).data!.me;
    expect(me.id).not.toBe(owner[0].id);
    expect(me.email).toMatch(/@lms-learner\.invalid$/);
  });

  it('opens a quiz when the link leads to one', async () => {
    const [{ id: quizId }] = await world.api.dataSource.query(`SELECT id FROM quiz WHERE slug = 'basics-quiz'`);
    const answer = await world.launch(learner({ targetLinkUri: `${course}/quizzes/${quizId}` }));
    expect(answer.headers.location).toBe(`/courses/sample-course/quizzes/${quizId}`);
  });

  it('refuses a login from an issuer nobody registered, or for a deployment that is not registered', async () => {
    const before = await written();
    const tool = world.api.app.getHttpServer();
    const stranger = await request(tool).get('/lti/login').query({ ...world.lms.initiate(learner()), iss: 'https://lms.stranger.example' });
    expect(refusal(stranger)).toEqual({ status: 401, code: 'LTI_PLATFORM_UNKNOWN' });
    const deployment = await request(tool).get('/lti/login').query({ ...world.lms.initiate(learner()), lti_deployment_id: 'deployment-9' });
    expect(refusal(deployment)).toEqual({ status: 401, code: 'LTI_DEPLOYMENT_UNKNOWN' });
    expect(await written()).toEqual(before);
  });

  // Four values in every row: jest would take a fourth parameter the rows lack for its `done` callback.
  const tampered: [string, (claims: Record<string, unknown>) => void, string, 'own' | 'stranger'][] = [
    ['a wrong nonce', (claims) => (claims.nonce = 'a-nonce-of-another-launch'), 'LTI_NONCE_INVALID', 'own'],
    ['another audience', (claims) => (claims.aud = 'another-tool'), 'LTI_AUDIENCE_INVALID', 'own'],
    ['several audiences without this tool as azp', (claims) => (claims.aud = ['training-platform-tool', 'another-tool']), 'LTI_AUDIENCE_INVALID', 'own'],
    ['a deployment that is not registered', (claims) => (claims[`${LTI}deployment_id`] = 'deployment-9'), 'LTI_DEPLOYMENT_UNKNOWN', 'own'],
    ['an expired token', (claims) => ((claims.iat = Math.floor(Date.now() / 1000) - 900), (claims.exp = Math.floor(Date.now() / 1000) - 600)), 'LTI_TOKEN_EXPIRED', 'own'],
    ['an issuer nobody registered', (claims) => (claims.iss = 'https://lms.stranger.example'), 'LTI_PLATFORM_UNKNOWN', 'own'],
    ['a signature by a key the LMS never published', () => undefined, 'LTI_SIGNATURE_INVALID', 'stranger'],
    ['another LTI version', (claims) => (claims[`${LTI}version`] = '1.1'), 'LTI_MESSAGE_INVALID', 'own'],
    ['no roles claim', (claims) => delete claims[`${LTI}roles`], 'LTI_MESSAGE_INVALID', 'own'],
  ];

  it.each(tampered)('refuses a launch with %s, and writes nothing', async (_, change, code, signWith) => {
    const before = await written();
    world.lms.changeNextIdToken(change, signWith);
    const answer = await world.launch(learner());
    expect(refusal(answer).code).toBe(code);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.headers['set-cookie'] ?? []).not.toEqual(expect.arrayContaining([expect.stringMatching(/^ptp_session=/)]));
    expect(await written()).toEqual(before);
  });

  it('refuses a launch without the state cookie of this browser, or with the cookie of another launch', async () => {
    const before = await written();
    const { fields, cookie } = await world.prepare(learner());
    expect(refusal(await world.post(fields, null))).toEqual({ status: 401, code: 'LTI_STATE_INVALID' });
    const other = await world.prepare(learner());
    expect(refusal(await world.post(fields, other.cookie))).toEqual({ status: 401, code: 'LTI_STATE_INVALID' });
    expect(refusal(await world.post({ id_token: fields.id_token }, cookie))).toEqual({ status: 401, code: 'LTI_STATE_INVALID' });
    expect(await written()).toEqual(before);
  });

  it('refuses a replayed token: the same post again, or the token under a newer login', async () => {
    const nurse = learner();
    const { fields, cookie } = await world.prepare(nurse);
    expect((await world.post(fields, cookie)).status).toBe(303);
    const before = await written();
    expect(refusal(await world.post(fields, cookie))).toEqual({ status: 401, code: 'LTI_TOKEN_REPLAYED' });
    const newer = await world.prepare(nurse);
    expect(refusal(await world.post({ ...newer.fields, id_token: fields.id_token }, newer.cookie))).toEqual({ status: 401, code: 'LTI_NONCE_INVALID' });
    expect(await written()).toEqual(before);
  });

  it('makes one launch of two posts of it at the same moment', async () => {
    const { fields, cookie } = await world.prepare(learner());
    const answers = await Promise.all([world.post(fields, cookie), world.post(fields, cookie), world.post(fields, cookie)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([303, 401, 401]);
    expect(answers.filter((answer) => refusal(answer).code === 'LTI_TOKEN_REPLAYED')).toHaveLength(2);
  });

  it('refuses a link to a course that is not published here, and writes nothing', async () => {
    const before = await written();
    const answer = await world.launch(learner({ targetLinkUri: `${world.publicUrl}/courses/no-such-course` }));
    expect(refusal(answer)).toEqual({ status: 400, code: 'LTI_TARGET_UNKNOWN' });
    expect(await written()).toEqual(before);
  });
});
