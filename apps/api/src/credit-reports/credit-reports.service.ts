import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { claimTotalsOf, completionRecords, type ClaimTotal, type ReportedClaims } from '../certificates/reported-credits.records';
import { PlatformError } from '../common/errors';
import type { ProfessionName } from '../credit-profiles/credit-profile.types';
import { streamRows } from '../database/row-stream';
import type { CsvValue } from '../reports/csv';
import { periodProblems, type ClaimPeriod } from './claim-period';
import { creditActivities, versionsOfActivity } from './credit-activities.records';
import { completionFileRecords } from './completion-file';
import type { ActivityCreditSummary, CreditActivity } from './credit-reports.types';

interface Activity {
  activityId: string;
  courseTitle: string;
  courseIds: string[];
  versionIds: string[];
}

function checkPeriod(period: ClaimPeriod): void {
  const problems = periodProblems(period);
  if (problems) throw new PlatformError('BAD_USER_INPUT', Object.values(problems).join(' '), { fields: problems });
}

function claimsOf({ courseIds, versionIds }: Activity, { from, to }: ClaimPeriod): ReportedClaims {
  return { courseIds, versionIds, from, to };
}

function summaryOf(activity: Activity, totals: ClaimTotal[]): ActivityCreditSummary {
  return {
    activityId: activity.activityId,
    courseTitle: activity.courseTitle,
    versionIds: activity.versionIds,
    learners: totals.find((total) => total.profession === null && total.creditType === null)?.learners ?? 0,
    learnersByProfession: totals.flatMap(({ profession, learners }) => (profession === null ? [] : [{ profession: profession as ProfessionName, learners }])),
    creditsByType: totals.flatMap(({ creditType, claims, amount }) => (creditType === null ? [] : [{ creditType, claims, totalAmount: amount }])),
  };
}

/**
 * The provider's reports to accreditors, for admins. Learner data leaves the platform only in the
 * completion file: each download is in the audit log, and board details go in it only with the
 * learner's consent, as the credit profile's reportable fragment enforces.
 */
@Injectable()
export class CreditReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  activities(): Promise<CreditActivity[]> {
    return creditActivities(this.dataSource);
  }

  async summary(activityId: string, period: ClaimPeriod): Promise<ActivityCreditSummary> {
    checkPeriod(period);
    const activity = await this.activity(activityId);
    return summaryOf(activity, await claimTotalsOf(this.dataSource, claimsOf(activity, period)));
  }

  /** The completion file's records, read through a cursor; recorded in the audit log before the first is sent. */
  async completionFile(admin: Viewer, activityId: string, period: ClaimPeriod): Promise<AsyncIterable<CsvValue[]>> {
    checkPeriod(period);
    const activity = await this.activity(activityId);
    await this.audit.record(this.dataSource.manager, {
      actorId: admin.id,
      action: 'CREDIT_COMPLETIONS_EXPORTED',
      details: { activityId: activity.activityId, from: period.from, to: period.to },
    });
    const records = streamRows(this.dataSource, completionRecords(this.dataSource, claimsOf(activity, period)));
    return completionFileRecords(activity.activityId, records);
  }

  private async activity(activityId: string): Promise<Activity> {
    const versions = await versionsOfActivity(this.dataSource, activityId);
    if (versions.length === 0) throw new PlatformError('NOT_FOUND', `The platform has no activity "${activityId}".`);
    return {
      activityId,
      courseTitle: versions[0].title,
      courseIds: [...new Set(versions.map((version) => version.courseId))],
      versionIds: versions.map((version) => version.id),
    };
  }
}
