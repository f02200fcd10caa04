import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { courseVersionWithForm, versionWithForm, type VersionWithForm } from '../catalog/evaluation-forms.records';
import { PlatformError } from '../common/errors';
import { tallyAnswers } from './evaluation.records';
import type { EvaluationResults } from './evaluation-results.types';
import { resultsOfForm } from './evaluation-tally';

/** Instructors and admins read evaluations aggregated per course version, never tied to a learner. */
@Injectable()
export class EvaluationResultsService {
  constructor(private readonly dataSource: DataSource) {}

  async resultsOfCourse(courseSlug: string, version: number | null): Promise<EvaluationResults> {
    const found = await courseVersionWithForm(this.dataSource, courseSlug, version);
    if (!found) throw new PlatformError('NOT_FOUND', version === null ? `No published course has the slug "${courseSlug}".` : `The course has no version ${version}.`);
    return this.resultsOf(found);
  }

  async forCourseVersion(courseVersionId: string): Promise<EvaluationResults> {
    const found = await versionWithForm(this.dataSource, courseVersionId);
    if (!found) throw new PlatformError('NOT_FOUND', 'No course version has that id.');
    return this.resultsOf(found);
  }

  private async resultsOf(version: VersionWithForm): Promise<EvaluationResults> {
    const { responses, tallies } = await tallyAnswers(this.dataSource, version.versionId);
    const { courseSlug, courseTitle } = version;
    return { courseSlug, courseTitle, version: version.version, responses, items: version.evaluation ? resultsOfForm(version.evaluation, tallies) : [] };
  }
}
