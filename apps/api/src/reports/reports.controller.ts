import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ActivityService } from '../activity/activity.service';
import type { LearningEvent } from '../activity/activity.types';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Roles } from '../auth/policy.decorators';
import type { Viewer } from '../auth/viewer';
import { EvaluationResultsService } from '../evaluations/evaluation-results.service';
import type { EvaluationResults } from '../evaluations/evaluation-results.types';
import { sendCsv, type CsvValue } from './csv';
import { ActivityCsvQuery, CohortCsvQuery, EvaluationCsvQuery } from './reports.inputs';
import { ReportsService } from './reports.service';
import { CohortSortField, SortDirection } from './reports.types';

const ACTIVITY_HEADER = ['Statement id', 'Occurred at', 'Learner name', 'Learner email', 'Verb', 'Object type', 'Object id',
  'Object name', 'Course', 'Score', 'Passed', 'Time spent (seconds)'];

const EVALUATION_HEADER = ['Course', 'Version', 'Responses', 'Item', 'Question', 'Kind', 'Answer', 'Learners'];

/** CSV downloads for a browser (session cookie) or a script (Bearer token). */
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly activity: ActivityService,
    private readonly evaluations: EvaluationResultsService,
  ) {}

  @Get('courses/:slug/cohort.csv')
  @Roles('INSTRUCTOR', 'ADMIN')
  async cohort(@Param('slug') slug: string, @Query() { sort, direction, ...filter }: CohortCsvQuery, @CurrentViewer() viewer: Viewer, @Res() response: Response) {
    const order = { field: sort ?? CohortSortField.NAME, direction: direction ?? SortDirection.ASC };
    const { header, records } = await this.reports.cohortExport(viewer, slug, filter, order);
    await sendCsv(response, `${slug}-cohort.csv`, header, records);
  }

  @Get('courses/:slug/evaluation.csv')
  @Roles('INSTRUCTOR', 'ADMIN')
  async evaluation(@Param('slug') slug: string, @Query() { version }: EvaluationCsvQuery, @Res() response: Response) {
    const results = await this.evaluations.resultsOfCourse(slug, version ?? null);
    await sendCsv(response, `${slug}-v${results.version}-evaluation.csv`, EVALUATION_HEADER, evaluationRecords(results));
  }

  @Get('activity.csv')
  @Roles('ADMIN')
  async activityLog(@Query() { course }: ActivityCsvQuery, @CurrentViewer() viewer: Viewer, @Res() response: Response) {
    const events = await this.activity.export(viewer, course);
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

/** One row per point of a scale, per yes and no, and per comment, each with how many learners gave it. */
async function* evaluationRecords(results: EvaluationResults): AsyncGenerator<CsvValue[]> {
  const { courseSlug, version, responses } = results;
  for (const item of results.items) {
    const row = (answer: CsvValue, learners: number): CsvValue[] => [courseSlug, version, responses, item.itemId, item.prompt, item.kind, answer, learners];
    for (const point of item.ratings) yield row(`${point.value} ${point.label}`, point.count);
    if (item.kind === 'YES_NO') {
      yield row('Yes', item.yes);
      yield row('No', item.no);
    }
    for (const comment of item.comments) yield row(comment, 1);
  }
}
