import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { PlatformError } from '../common/errors';
import { isUuid } from '../common/pagination';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { RateLimitService } from '../rate-limits/rate-limit.service';
import { readExternalCredit, type ExternalCreditChange } from './external-credit-rules';
import { deleteExternalCredit, recordExternalCredit, transcriptCreditsOf, type ExternalCredit } from './external-credits.records';
import { renderTranscriptPdf } from './transcript-pdf';
import { rangeProblems, totalsOf, type TranscriptRange } from './transcript-rules';
import { TranscriptSourceName, type Transcript, type TranscriptEntry } from './transcript.types';

/** Enough for a learner catching up on a career's credits in an evening; a script filling the table is stopped. */
const ADDS_PER_LEARNER = { limit: 100, windowSeconds: 60 * 60 };

function selfReported(credit: ExternalCredit): TranscriptEntry {
  const { completedOn, ...fields } = credit;
  return { ...fields, source: TranscriptSourceName.SELF_REPORTED, date: completedOn, certificateCode: null };
}

/**
 * A learner's continuing-education transcript: the credit they claimed on this platform's
 * certificates, which anyone can verify by code, beside what they report earning elsewhere,
 * always marked as self-reported and never mixed into the platform's own totals.
 */
@Injectable()
export class TranscriptsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rateLimits: RateLimitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** One statement whatever the number of entries. */
  async transcript(learner: Viewer, range: TranscriptRange): Promise<Transcript> {
    const problems = rangeProblems(range);
    if (problems) throw new PlatformError('BAD_USER_INPUT', Object.values(problems).join(' '), { fields: problems });
    const { claimed, external } = await transcriptCreditsOf(this.dataSource, learner.id, range);
    const platform = claimed.map(
      (claim): TranscriptEntry => ({
        id: claim.certificateId,
        source: TranscriptSourceName.PLATFORM,
        activityTitle: claim.courseTitle,
        // Versions released before courses stated an accreditation were provided by the platform itself.
        provider: claim.provider ?? this.config.issuerName,
        creditType: claim.creditType,
        amount: claim.amount,
        date: claim.claimedOn,
        certificateCode: claim.certificateCode,
      }),
    );
    // Both lists come sorted by day; on the same day the platform's entries come first.
    const entries = [...platform, ...external.map(selfReported)].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return { from: range.from, to: range.to, entries, totals: totalsOf(entries) };
  }

  async pdf(learner: Viewer, range: TranscriptRange): Promise<Buffer> {
    const transcript = await this.transcript(learner, range);
    return renderTranscriptPdf({
      learnerName: learner.name,
      transcript,
      issuerName: this.config.issuerName,
      verifyUrl: `${this.config.publicUrl}/verify`,
      generatedAt: new Date(),
    });
  }

  async add(learner: Viewer, change: ExternalCreditChange): Promise<TranscriptEntry> {
    const reading = readExternalCredit(change, new Date());
    if (reading.problems) throw new PlatformError('BAD_USER_INPUT', Object.values(reading.problems).join(' '), { fields: reading.problems });
    await this.rateLimits.consume({ key: `external-credit:${learner.id}`, ...ADDS_PER_LEARNER }, 'You have added many credits in the last hour.');
    return selfReported(await recordExternalCredit(this.dataSource, learner.id, reading.values));
  }

  /** Only the learner's own self-reported credit; anyone else's id is answered as unknown, and nothing changes. */
  async remove(learner: Viewer, id: string): Promise<boolean> {
    if (!isUuid(id) || !(await deleteExternalCredit(this.dataSource, learner.id, id))) {
      throw new PlatformError('NOT_FOUND', 'You have no self-reported credit with that id.');
    }
    return true;
  }
}
