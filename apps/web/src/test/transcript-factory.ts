/** Transcripts as the API returns them. */
import type { MyTranscriptQuery } from '../gql/graphql';
import type { ApiShape } from './api-shape';

export type TranscriptData = ApiShape<MyTranscriptQuery['myTranscript']>;
export type TranscriptEntryData = TranscriptData['entries'][number];

/** Credit claimed on a certificate of the platform, unless overridden. */
export function buildTranscriptEntry(overrides: Partial<TranscriptEntryData> = {}): TranscriptEntryData {
  return {
    id: 'certificate:hand-hygiene',
    source: 'PLATFORM',
    activityTitle: 'Hand hygiene',
    provider: 'Society of Headache Medicine',
    creditType: 'AMA_PRA_CATEGORY_1',
    amount: 1.5,
    date: '2026-03-10',
    certificateCode: '7KQ2-M9XD-4TRB-HW3N-F',
    ...overrides,
  };
}
