import XAPI, { type Statement, type Verb } from '@xapi/xapi';
import validateStatement from '@learninglocker/xapi-validation';
import { v5 as uuidV5 } from 'uuid';
import type { LearningEventRecord } from '../progress/learning-events.records';

/** A learning event as the platform recorded it (progress's learning_event row). */
export interface RecordedLearningEvent {
  id: string;
  actorId: string;
  verb: LearningEventRecord['verb'];
  objectType: LearningEventRecord['objectType'];
  objectId: string;
  objectName: string;
  courseId: string;
  result: Record<string, unknown> | null;
  occurredAt: Date;
}

/**
 * Fixed for good: every statement id is derived from its event id under it, so a statement sent
 * twice (a crash between sending and recording) carries the same id and the LRS keeps one.
 */
export const STATEMENT_ID_NAMESPACE = '4f1d3c52-8b6e-4a0f-9d57-2c3b1e6a7f90';

export function statementIdOf(eventId: string): string {
  return uuidV5(eventId, STATEMENT_ID_NAMESPACE);
}

const ADL = 'http://adlnet.gov/expapi';
export const VERBS = {
  registered: { id: `${ADL}/verbs/registered`, display: { 'en-US': 'registered' } },
  completed: XAPI.Verbs.COMPLETED,
  attempted: { id: `${ADL}/verbs/attempted`, display: { 'en-US': 'attempted' } },
  passed: XAPI.Verbs.PASSED,
  failed: XAPI.Verbs.FAILED,
  scored: XAPI.Verbs.SCORED,
  abandoned: { id: 'https://w3id.org/xapi/adl/verbs/abandoned', display: { 'en-US': 'abandoned' } },
  earned: { id: 'http://id.tincanapi.com/verb/earned', display: { 'en-US': 'earned' } },
} satisfies Record<string, Verb>;

/** No vocabulary we found has a verb for a credential taken back, so the platform names its own. */
export function revokedVerb(publicUrl: string): Verb {
  return { id: `${publicUrl}/xapi/verbs/revoked`, display: { 'en-US': 'lost by revocation' } };
}

const ACTIVITY_TYPES: Record<RecordedLearningEvent['objectType'], string | null> = {
  COURSE: `${ADL}/activities/course`,
  LESSON: `${ADL}/activities/lesson`,
  QUIZ_ATTEMPT: `${ADL}/activities/assessment`,
  CERTIFICATE: null,
};

const ACTIVITY_PATHS: Record<RecordedLearningEvent['objectType'], string> = {
  COURSE: 'courses',
  LESSON: 'lessons',
  QUIZ_ATTEMPT: 'quiz-attempts',
  CERTIFICATE: 'certificates',
};

export function activityIdOf(publicUrl: string, objectType: RecordedLearningEvent['objectType'], id: string): string {
  return `${publicUrl}/xapi/activities/${ACTIVITY_PATHS[objectType]}/${id}`;
}

interface AttemptResult {
  score?: number | null;
  passed?: boolean | null;
}

function attemptVerb({ score, passed }: AttemptResult): Verb {
  if (passed === true) return VERBS.passed;
  if (passed === false) return VERBS.failed;
  return typeof score === 'number' ? VERBS.scored : VERBS.abandoned;
}

function verbOf(event: RecordedLearningEvent, publicUrl: string): Verb {
  switch (event.verb) {
    case 'ENROLLED':
      return VERBS.registered;
    case 'COMPLETED':
      return VERBS.completed;
    case 'STARTED':
      return VERBS.attempted;
    case 'SUBMITTED':
    case 'EXPIRED':
      return attemptVerb((event.result ?? {}) as AttemptResult);
    case 'ISSUED':
      return VERBS.earned;
    case 'REVOKED':
      return revokedVerb(publicUrl);
  }
}

/** Quiz scores are percentages (0-100); xAPI's scaled score runs from -1 to 1. */
function resultOf(event: RecordedLearningEvent): Statement['result'] | undefined {
  const recorded = event.result ?? {};
  if (event.verb === 'COMPLETED') {
    const seconds = recorded.durationSeconds;
    return { completion: true, ...(typeof seconds === 'number' ? { duration: `PT${Math.round(seconds)}S` } : {}) };
  }
  if (event.verb === 'SUBMITTED' || event.verb === 'EXPIRED') {
    const { score, passed } = recorded as AttemptResult;
    return {
      completion: event.verb === 'SUBMITTED',
      ...(typeof passed === 'boolean' ? { success: passed } : {}),
      ...(typeof score === 'number' ? { score: { scaled: score / 100, raw: score, min: 0, max: 100 } } : {}),
    };
  }
  return undefined;
}

/**
 * The xAPI 1.0.3 statement telling one learning event. The learner is an account on this
 * platform (its public URL and the account's id): no name or email leaves it.
 */
export function statementOf(event: RecordedLearningEvent, publicUrl: string): Statement {
  const type = ACTIVITY_TYPES[event.objectType];
  const result = resultOf(event);
  const inCourse = event.objectType !== 'COURSE';
  return {
    id: statementIdOf(event.id),
    actor: { objectType: 'Agent', account: { homePage: publicUrl, name: event.actorId } },
    verb: verbOf(event, publicUrl),
    object: {
      objectType: 'Activity',
      id: activityIdOf(publicUrl, event.objectType, event.objectId),
      definition: { name: { en: event.objectName }, ...(type ? { type } : {}) },
    },
    ...(result ? { result } : {}),
    context: {
      platform: 'Practitioner Training Platform',
      ...(inCourse
        ? { contextActivities: { parent: [{ objectType: 'Activity', id: activityIdOf(publicUrl, 'COURSE', event.courseId), definition: { type: ACTIVITY_TYPES.COURSE! } }] } }
        : {}),
    },
    timestamp: event.occurredAt.toISOString(),
  };
}

/** What the specification's rules (Learning Locker's validator) find wrong with a statement; empty when it is valid. */
export function statementProblems(statement: unknown): string[] {
  return validateStatement(statement).map((warning) => {
    const { path, name, typeName } = warning as unknown as { path: string[]; name: string; typeName?: string };
    return `${path.join('.')}: ${typeName ? `not a valid ${typeName}` : name.replace(/Warning$/, '').replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase()}`;
  });
}
