import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { versionWithForm, type VersionWithForm } from '../catalog/evaluation-forms.records';
import { courseIdBySlug } from '../catalog/published-courses.records';
import { PlatformError } from '../common/errors';
import type { Database } from '../database/typed-sql';
import { completedVersionOf } from '../progress/progress.records';
import { readEvaluationAnswers, type EvaluationAnswer } from './evaluation-rules';
import { evaluationSubmittedAt, insertEvaluation } from './evaluation.records';
import { EvaluationItemKind, EvaluationPurpose, type CourseEvaluation } from './evaluation.types';

type VersionToEvaluate = VersionWithForm & { evaluation: NonNullable<VersionWithForm['evaluation']> };

/** A learner evaluates the course version they completed, once; credit is claimed only after. */
@Injectable()
export class EvaluationsService {
  constructor(private readonly dataSource: DataSource) {}

  async formFor(userId: string, courseSlug: string): Promise<CourseEvaluation> {
    const version = await versionToEvaluate(this.dataSource, userId, courseSlug);
    return evaluationOf(version, await evaluationSubmittedAt(this.dataSource, userId, version.versionId));
  }

  submit(userId: string, courseSlug: string, answers: EvaluationAnswer[]): Promise<CourseEvaluation> {
    return this.dataSource.transaction(async (manager) => {
      const version = await versionToEvaluate(manager, userId, courseSlug);
      const reading = readEvaluationAnswers(version.evaluation, answers);
      if (reading.problems) {
        throw new PlatformError('BAD_USER_INPUT', 'Some answers need attention.', { fields: reading.problems });
      }
      const key = { userId, courseId: version.courseId, courseVersionId: version.versionId };
      const submittedAt = await insertEvaluation(manager, key, reading.answers);
      if (!submittedAt) throw new PlatformError('ALREADY_EVALUATED', `You evaluated version ${version.version} of this course already.`);
      return evaluationOf(version, submittedAt);
    });
  }

  /** When the learner evaluated the version; null when they have not. */
  submittedAt(userId: string, courseVersionId: string): Promise<Date | null> {
    return evaluationSubmittedAt(this.dataSource, userId, courseVersionId);
  }
}

async function versionToEvaluate(db: Database, userId: string, courseSlug: string): Promise<VersionToEvaluate> {
  const courseId = await courseIdBySlug(db, courseSlug);
  if (!courseId) throw new PlatformError('NOT_FOUND', `No course has the slug "${courseSlug}".`);
  const versionId = await completedVersionOf(db, userId, courseId);
  if (!versionId) throw new PlatformError('NOT_ELIGIBLE', 'Complete the course before evaluating it.');
  const version = await versionWithForm(db, versionId);
  if (!version?.evaluation) throw new PlatformError('NOT_FOUND', 'The version of the course you completed has no evaluation form.');
  return { ...version, evaluation: version.evaluation };
}

function evaluationOf(version: VersionToEvaluate, submittedAt: Date | null): CourseEvaluation {
  return {
    courseSlug: version.courseSlug,
    version: version.version,
    items: version.evaluation.items.map((item) => ({
      ...item,
      kind: EvaluationItemKind[item.kind],
      purpose: item.purpose ? EvaluationPurpose[item.purpose] : null,
    })),
    submittedAt,
  };
}
