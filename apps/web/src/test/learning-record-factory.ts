import type { LearningRecordStoreQuery } from '../gql/graphql';
import type { ApiShape } from './api-shape';

export type LearningRecordStoreData = ApiShape<LearningRecordStoreQuery>;
type DeliveryData = LearningRecordStoreData['learningRecordQueue']['problems'][number];

/** A delivery of a learner's enrolment; a test changes what it is about. */
export function buildDelivery(id: string, overrides: Partial<DeliveryData> = {}): DeliveryData {
  return {
    eventId: `event:${id}`,
    statementId: `statement:${id}`,
    verb: 'ENROLLED',
    objectName: 'Botulinum toxin for chronic migraine',
    occurredAt: '2026-12-07T09:30:00.000Z',
    status: 'SENT',
    tries: 1,
    lastError: null,
    nextTryAt: null,
    settledAt: '2026-12-07T09:30:04.000Z',
    ...overrides,
  };
}

export function buildLearningRecordQueue(overrides: Partial<LearningRecordStoreData['learningRecordQueue']> = {}): LearningRecordStoreData['learningRecordQueue'] {
  return { waiting: 0, retrying: 0, sent: 0, failed: 0, problems: [], recentlySent: [], ...overrides };
}
