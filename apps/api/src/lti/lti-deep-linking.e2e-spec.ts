import request from 'supertest';
import { createAccount } from '../testing/factories';
import { startLtiWorld, sessionOf, type LtiWorld } from './launch-fixtures';

const INSTRUCTOR = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor';
const DL = 'https://purl.imsglobal.org/spec/lti-dl/claim/';
const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';

describe('deep linking: an LMS instructor places a course or a quiz', () => {
  let world: LtiWorld;
  let people = 0;

  beforeAll(async () => {
    world = await startLtiWorld();
  });
  afterAll(() => world.close());

  const http = () => request(world.api.app.getHttpServer());
  const cookieOf = (token: string) => `ptp_session=${token}`;

  async function placementBy(roles: string[]) {
    const answer = await world.launch({
      subject: `lms-teacher-${++people}`,
      name: `Teacher ${people}`,
      roles,
      messageType: 'LtiDeepLinkingRequest',
      targetLinkUri: `${world.publicUrl}/lti/launch`,
      data: `opaque-${people}`,
    });
    return { answer, page: answer.headers.location as string, token: sessionOf(answer)! };
  }

  /** Posts the form of the tool's answer page to the LMS, as the page does when it loads. */
  async function postToLms(page: string): Promise<Response> {
    const action = /action="([^"]+)"/.exec(page)![1];
    const jwt = /name="JWT" value="([^"]+)"/.exec(page)![1];
    return fetch(action, { method: 'POST', body: new URLSearchParams({ JWT: jwt }) });
  }

  it('lists published courses and their quizzes, and answers the LMS with a signed link to the quiz chosen', async () => {
    const { answer, page, token } = await placementBy([INSTRUCTOR]);
    expect(answer.status).toBe(303);
    expect(page).toMatch(/^\/lti\/deep-linking\/[0-9a-f-]{36}$/);
    const choices = await http().get(page).set('cookie', cookieOf(token));
    expect(choices.status).toBe(200);
    expect(choices.text).toContain('Course: ');
    const quiz = /value="(quiz:sample-course:[0-9a-f-]{36})"/.exec(choices.text)![1];

    const placed = await http().post(page).type('form').set('cookie', cookieOf(token)).send({ content: quiz });
    expect(placed.status).toBe(200);
    expect(placed.headers['content-security-policy']).toContain(`form-action 'self' ${world.lms.issuer}`);
    expect((await postToLms(placed.text)).status).toBe(200);

    const [received] = world.lms.deepLinkingAnswers.slice(-1);
    const quizId = quiz.split(':')[2];
    expect(received).toMatchObject({
      iss: world.lms.clientId,
      aud: world.lms.issuer,
      nonce: expect.any(String),
      [`${LTI}message_type`]: 'LtiDeepLinkingResponse',
      [`${LTI}version`]: '1.3.0',
      [`${LTI}deployment_id`]: world.lms.deploymentId,
      [`${DL}data`]: `opaque-${people}`,
      [`${DL}content_items`]: [
        {
          type: 'ltiResourceLink',
          title: expect.any(String),
          url: `${world.publicUrl}/courses/sample-course/quizzes/${quizId}`,
          lineItem: { scoreMaximum: 100, label: expect.any(String), resourceId: quizId },
        },
      ],
    });

    const again = await http().post(page).type('form').set('cookie', cookieOf(token)).send({ content: quiz });
    expect(again.text).toContain('LTI_DEEP_LINKING_INVALID');
  });

  it('places a whole course as a link to its page', async () => {
    const { page, token } = await placementBy([INSTRUCTOR]);
    const placed = await http().post(page).type('form').set('cookie', cookieOf(token)).send({ content: 'course:sample-course' });
    expect((await postToLms(placed.text)).status).toBe(200);
    const [received] = world.lms.deepLinkingAnswers.slice(-1);
    expect(received[`${DL}content_items`]).toEqual([{ type: 'ltiResourceLink', title: expect.any(String), url: `${world.publicUrl}/courses/sample-course` }]);
  });

  it('lets only the LMS’s instructors place content, and only the one who launched answer', async () => {
    const learner = await placementBy(['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner']);
    expect(learner.answer.text).toContain('LTI_DEEP_LINKING_INVALID');
    expect(sessionOf(learner.answer)).toBeUndefined();

    const { page } = await placementBy([INSTRUCTOR]);
    const someoneElse = await createAccount(world.api.dataSource, ['INSTRUCTOR']);
    const answer = await http().post(page).type('form').set('cookie', cookieOf(someoneElse.token)).send({ content: 'course:sample-course' });
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('LTI_DEEP_LINKING_INVALID');
    expect((await http().post(page).type('form').send({ content: 'course:sample-course' })).status).toBe(401);
  });
});
