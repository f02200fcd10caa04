import type { CompletionRecord } from '../certificates/reported-credits.records';
import type { CsvValue } from '../reports/csv';

/** The columns an accreditor's reporting system takes, in its order and with its names. */
export const COMPLETION_FILE_HEADER = [
  'activity_id',
  'learner_name',
  'learner_email',
  'profession',
  'licence_number',
  'licence_jurisdiction',
  'npi',
  'credit_type',
  'credit_amount',
  'completion_date',
  'claim_date',
  'board_identifier',
  'birth_month',
  'birth_day',
];

export async function* completionFileRecords(activityId: string, records: AsyncIterable<CompletionRecord>): AsyncGenerator<CsvValue[]> {
  for await (const record of records) {
    yield [activityId, record.learnerName, record.learnerEmail, record.profession, record.licenceNumber, record.licenceJurisdiction, record.npi,
      record.creditType, record.creditAmount, record.completedOn, record.claimedOn, record.boardIdentifier, record.birthMonth, record.birthDay];
  }
}
