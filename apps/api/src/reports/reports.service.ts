import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../auth/viewer';
import type { CourseModule } from '../catalog/catalog.types';
import { publishedCourseBySlug } from '../catalog/published-courses.records';
import { PlatformError } from '../common/errors';
import { decodeCursor, toConnection, type Connection } from '../common/pagination';
import { streamRows } from '../database/row-stream';
import { ProgressStatusName } from '../progress/progress.types';
import { cohortCursorKey, cohortPage, cohortQuery, isCohortCursorKey, type CohortRow } from './cohort-query';
import type { CsvValue } from './csv';
import type { CohortFilter, CohortSort } from './reports.inputs';
import type { CohortMember } from './reports.types';

interface CohortExport {
  header: string[];
  records: AsyncIterable<CsvValue[]>;
}

function toMember(row: CohortRow, modules: CourseModule[]): CohortMember {
  const stored = new Map(row.moduleProgress.map((module) => [module.slug, module]));
  const { id: _id, sortKey: _sortKey, moduleProgress: _moduleProgress, status, ...member } = row;
  return {
    ...member,
    status: status as ProgressStatusName,
    modules: modules.map(({ slug, title }) => ({
      slug,
      title,
      status: (stored.get(slug)?.status ?? ProgressStatusName.NOT_STARTED) as ProgressStatusName,
      bestQuizScore: stored.get(slug)?.bestQuizScore ?? null,
    })),
  };
}

function csvHeader(modules: CourseModule[]): string[] {
  const moduleColumns = modules.flatMap((module) =>
    module.quizId ? [`${module.title}: status`, `${module.title}: best quiz score`] : [`${module.title}: status`],
  );
  return ['Name', 'Email', 'Status', 'Percent', 'Completed lessons', 'Eligible for certificate', ...moduleColumns,
    'Final exam best score', 'Enrolled at', 'Last activity', 'Completed at'];
}

function csvValues(member: CohortMember, modules: CourseModule[]): CsvValue[] {
  const moduleValues = member.modules.flatMap((module, index) =>
    modules[index].quizId ? [module.status, module.bestQuizScore] : [module.status],
  );
  return [member.name, member.email, member.status, member.percent, member.completedLessons, member.eligibleForCertificate,
    ...moduleValues, member.finalExamBestScore, member.enrolledAt, member.lastActivityAt, member.completedAt];
}

async function* csvRecords(rows: AsyncIterable<CohortRow>, modules: CourseModule[]): AsyncGenerator<CsvValue[]> {
  for await (const row of rows) yield csvValues(toMember(row, modules), modules);
}

/** Cohort reports read only the enrolment summary rows, which every progress change keeps current. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async cohort(courseSlug: string, filter: CohortFilter, sort: CohortSort, first = 20, after?: string): Promise<Connection<CohortMember>> {
    const cursor = decodeCursor(after, (key) => isCohortCursorKey(sort, key));
    const { id, modules } = await this.publishedCourse(courseSlug);
    const rows = await cohortPage(this.dataSource, id, filter, sort, cursor, first + 1);
    return toConnection(rows, first, (row) => cohortCursorKey(sort, row), (row) => toMember(row, modules));
  }

  /** The whole cohort in report order, read through a database cursor; an unknown course fails before any row. */
  /** Names and emails leave the platform in it, so each download is recorded in the audit log before the first row is sent. */
  async cohortExport(viewer: Viewer, courseSlug: string, filter: CohortFilter, sort: CohortSort): Promise<CohortExport> {
    const { id, modules } = await this.publishedCourse(courseSlug);
    await this.audit.record(this.dataSource.manager, { actorId: viewer.id, action: 'COHORT_EXPORTED', details: { courseSlug } });
    const rows = streamRows(this.dataSource, cohortQuery(this.dataSource, id, filter, sort, null));
    return { header: csvHeader(modules), records: csvRecords(rows, modules) };
  }

  private async publishedCourse(courseSlug: string): Promise<{ id: string; modules: CourseModule[] }> {
    const published = await publishedCourseBySlug(this.dataSource, courseSlug);
    if (!published) throw new PlatformError('NOT_FOUND', `No published course has the slug "${courseSlug}".`);
    return { id: published.course.id, modules: published.outline.modules };
  }
}
