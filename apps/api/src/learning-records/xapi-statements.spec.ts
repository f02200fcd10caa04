import { randomUUID } from 'node:crypto';
import { activityIdOf, statementIdOf, statementOf, statementProblems, VERBS, type RecordedLearningEvent } from './xapi-statements';

const PUBLIC_URL = 'https://training.example.org';
const courseId = randomUUID();
const learnerId = randomUUID();

function event(overrides: Partial<RecordedLearningEvent>): RecordedLearningEvent {
  return {
    id: randomUUID(),
    actorId: learnerId,
    verb: 'ENROLLED',
    objectType: 'COURSE',
    objectId: courseId,
    objectName: 'Botulinum toxin for chronic migraine',
    courseId,
    result: null,
    occurredAt: new Date('2026-12-07T09:30:00.123Z'),
    ...overrides,
  };
}

describe('xAPI statements of learning events', () => {
  it('derives one fixed statement id from each event id, a version 5 UUID', () => {
    const id = randomUUID();
    expect(statementIdOf(id)).toBe(statementIdOf(id));
    expect(statementIdOf(id)).not.toBe(statementIdOf(randomUUID()));
    expect(statementIdOf(id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('tells an enrolment as the learner registering for the course, an account of the platform with no name or email', () => {
    const enrolment = event({});
    const statement = statementOf(enrolment, PUBLIC_URL);
    expect(statement).toEqual({
      id: statementIdOf(enrolment.id),
      actor: { objectType: 'Agent', account: { homePage: PUBLIC_URL, name: learnerId } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/registered', display: { 'en-US': 'registered' } },
      object: {
        objectType: 'Activity',
        id: `${PUBLIC_URL}/xapi/activities/courses/${courseId}`,
        definition: { name: { en: 'Botulinum toxin for chronic migraine' }, type: 'http://adlnet.gov/expapi/activities/course' },
      },
      context: { platform: 'Practitioner Training Platform' },
      timestamp: '2026-12-07T09:30:00.123Z',
    });
    expect(statementProblems(statement)).toEqual([]);
  });

  it('tells a completed lesson with its time spent, the course as its parent', () => {
    const lessonId = randomUUID();
    const statement = statementOf(event({ verb: 'COMPLETED', objectType: 'LESSON', objectId: lessonId, objectName: 'Injection sites', result: { durationSeconds: 312.4 } }), PUBLIC_URL);
    expect(statement.verb).toEqual(VERBS.completed);
    expect(statement.object).toMatchObject({ id: activityIdOf(PUBLIC_URL, 'LESSON', lessonId), definition: { type: 'http://adlnet.gov/expapi/activities/lesson' } });
    expect(statement.result).toEqual({ completion: true, duration: 'PT312S' });
    expect(statement.context?.contextActivities?.parent).toEqual([
      { objectType: 'Activity', id: activityIdOf(PUBLIC_URL, 'COURSE', courseId), definition: { type: 'http://adlnet.gov/expapi/activities/course' } },
    ]);
    expect(statementProblems(statement)).toEqual([]);
  });

  it('tells a graded attempt as passed or failed, with the scaled score and success', () => {
    const passed = statementOf(event({ verb: 'SUBMITTED', objectType: 'QUIZ_ATTEMPT', objectId: randomUUID(), result: { score: 85, passed: true } }), PUBLIC_URL);
    expect(passed.verb).toEqual(VERBS.passed);
    expect(passed.result).toEqual({ completion: true, success: true, score: { scaled: 0.85, raw: 85, min: 0, max: 100 } });
    const failed = statementOf(event({ verb: 'SUBMITTED', objectType: 'QUIZ_ATTEMPT', objectId: randomUUID(), result: { score: 40, passed: false } }), PUBLIC_URL);
    expect(failed.verb).toEqual(VERBS.failed);
    expect(failed.result).toMatchObject({ success: false, score: { scaled: 0.4 } });
    expect([...statementProblems(passed), ...statementProblems(failed)]).toEqual([]);
  });

  it('tells an attempt that ran out of time as not completed, and one with no grade as abandoned', () => {
    const expired = statementOf(event({ verb: 'EXPIRED', objectType: 'QUIZ_ATTEMPT', objectId: randomUUID(), result: { score: 70, passed: true } }), PUBLIC_URL);
    expect(expired.result).toMatchObject({ completion: false, success: true });
    const ungraded = statementOf(event({ verb: 'EXPIRED', objectType: 'QUIZ_ATTEMPT', objectId: randomUUID(), result: { score: null, passed: null } }), PUBLIC_URL);
    expect(ungraded.verb).toEqual(VERBS.abandoned);
    expect(ungraded.result).toEqual({ completion: false });
    const started = statementOf(event({ verb: 'STARTED', objectType: 'QUIZ_ATTEMPT', objectId: randomUUID() }), PUBLIC_URL);
    expect(started.verb).toEqual(VERBS.attempted);
    expect(started.result).toBeUndefined();
  });

  it('tells an issued certificate as earned and a revoked one with the platform’s own verb, never voiding the first', () => {
    const certificateId = randomUUID();
    const issued = statementOf(event({ verb: 'ISSUED', objectType: 'CERTIFICATE', objectId: certificateId }), PUBLIC_URL);
    const revoked = statementOf(event({ verb: 'REVOKED', objectType: 'CERTIFICATE', objectId: certificateId }), PUBLIC_URL);
    expect(issued.verb).toEqual({ id: 'http://id.tincanapi.com/verb/earned', display: { 'en-US': 'earned' } });
    expect(revoked.verb.id).toBe(`${PUBLIC_URL}/xapi/verbs/revoked`);
    expect(revoked.object).toEqual(issued.object);
    expect(revoked.id).not.toBe(issued.id);
    expect([...statementProblems(issued), ...statementProblems(revoked)]).toEqual([]);
  });

  it('finds what the specification forbids, such as a scaled score above 1', () => {
    const statement = statementOf(event({ verb: 'SUBMITTED', objectType: 'QUIZ_ATTEMPT', objectId: randomUUID(), result: { score: 150, passed: true } }), PUBLIC_URL);
    expect(statementProblems(statement)).toEqual(['statement.result.score.scaled: not a valid Scaled', 'statement.result.score: raw more than max']);
    expect(statementProblems({ ...statement, actor: { objectType: 'Agent', account: { homePage: 'not an address', name: 'x' } } })).toContain(
      'statement.actor.account.homePage: not a valid Internationalized Resource Identifier (IRI)',
    );
  });
});
