import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { courseVersionWithForm, versionsWithForms, type VersionWithForm } from '../catalog/evaluation-forms.records';
import { PlatformError } from '../common/errors';
import { tallyAnswers, type VersionTally } from './evaluation.records';
import type { EvaluationResults } from './evaluation-results.types';
import { resultsOfForm } from './evaluation-tally';

/** Instructors and admins read evaluations aggregated per course version, never tied to a learner. */
@Injectable()
export class EvaluationResultsService {
  constructor(private readonly dataSource: DataSource) {}

  async resultsOfCourse(courseSlug: string, version: number | null): Promise<EvaluationResults> {
    const found = await courseVersionWithForm(this.dataSource, courseSlug, version);
    if (!found) throw new PlatformError('NOT_FOUND', version === null ? `No published course has the slug "${courseSlug}".` : `The course has no version ${version}.`);
    const tallies = await tallyAnswers(this.dataSource, [found.versionId]);
    return resultsOf(found, tallies.get(found.versionId)!);
  }

  /** The results of each version, in the order given, in two statements however many versions. */
  async forCourseVersions(courseVersionIds: readonly string[]): Promise<EvaluationResults[]> {
    const [versions, tallies] = await Promise.all([versionsWithForms(this.dataSource, courseVersionIds), tallyAnswers(this.dataSource, courseVersionIds)]);
    const byId = new Map(versions.map((version) => [version.versionId, version]));
    return courseVersionIds.map((id) => {
      const version = byId.get(id);
      if (!version) throw new PlatformError('NOT_FOUND', 'No course version has that id.');
      return resultsOf(version, tallies.get(id)!);
    });
  }
}

function resultsOf(version: VersionWithForm, { responses, tallies }: VersionTally): EvaluationResults {
  const { courseSlug, courseTitle } = version;
  return { courseSlug, courseTitle, version: version.version, responses, items: version.evaluation ? resultsOfForm(version.evaluation, tallies) : [] };
}
