import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ActivityService } from '../activity/activity.service';
import type { LearningEvent } from '../activity/activity.types';
import { Roles } from '../auth/policy.decorators';
import { sendCsv, type CsvValue } from './csv';
import { ActivityCsvQuery, CohortCsvQuery } from './reports.inputs';
import { ReportsService } from './reports.service';
import { CohortSortField, SortDirection } from './reports.types';

const ACTIVITY_HEADER = ['Statement id', 'Occurred at', 'Learner name', 'Learner email', 'Verb', 'Object type', 'Object id',
  'Object name', 'Course', 'Score', 'Passed', 'Time spent (seconds)'];

/** CSV downloads for a browser (session cookie) or a script (Bearer token). */
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly activity: ActivityService,
  ) {}

  @Get('courses/:slug/cohort.csv')
  @Roles('INSTRUCTOR', 'ADMIN')
  async cohort(@Param('slug') slug: string, @Query() { sort, direction, ...filter }: CohortCsvQuery, @Res() response: Response) {
    const order = { field: sort ?? CohortSortField.NAME, direction: direction ?? SortDirection.ASC };
    const { header, records } = await this.reports.cohortExport(slug, filter, order);
    await sendCsv(response, `${slug}-cohort.csv`, header, records);
  }

  @Get('activity.csv')
  @Roles('ADMIN')
  async activityLog(@Query() { course }: ActivityCsvQuery, @Res() response: Response) {
    const events = await this.activity.export(course);
    await sendCsv(response, course ? `${course}-activity.csv` : 'activity.csv', ACTIVITY_HEADER, activityRecords(events));
  }
}

async function* activityRecords(events: AsyncIterable<LearningEvent>): AsyncGenerator<CsvValue[]> {
  for await (const event of events) {
    const result = (event.result ?? {}) as Record<string, CsvValue>;
    yield [event.id, event.occurredAt, event.learnerName, event.learnerEmail, event.verb, event.objectType, event.objectId,
      event.objectName, event.courseSlug, result.score, result.passed, result.durationSeconds];
  }
}
