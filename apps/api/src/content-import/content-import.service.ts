import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { DataSource } from 'typeorm';
import { disclosuresAgeProblem, formatProblem, listCourseDirs, loadCoursePackage, type CoursePackage } from '@ptp/content';
import { courseWithSlug, publishCourseVersion, versionWithContentHash } from '../catalog/published-courses.records';
import { clearFlagsReviewedInPackage, flagChangedCitations } from '../citation-reviews/citation-flagging';
import { typedSql } from '../database/typed-sql';
import { recalculateCourseProgress } from '../progress/progress-summary';
import { writeCourseVersion } from './course-version.writer';
import { importQuiz } from './quiz.importer';

export type ImportOutcome = { slug: string; version: number; created: boolean };

export class ContentInvalidError extends Error {}

/** Imports `content/` into the database; unchanged packages are left exactly as they are. */
@Injectable()
export class ContentImportService {
  constructor(private readonly dataSource: DataSource) {}

  async importRoot(contentRoot: string): Promise<ImportOutcome[]> {
    const outcomes: ImportOutcome[] = [];
    for (const dir of listCourseDirs(contentRoot)) {
      const { package: coursePackage, problems } = loadCoursePackage(dir);
      if (!coursePackage) {
        throw new ContentInvalidError(
          `The course in ${dir} has ${problems.length} problem(s); run npm run content:check.\n` +
            problems.map(formatProblem).join('\n'),
        );
      }
      outcomes.push(await this.importPackage(coursePackage));
    }
    return outcomes;
  }

  importPackage(coursePackage: CoursePackage): Promise<ImportOutcome> {
    return this.dataSource.transaction(async (manager) => {
      // Two processes starting together must not both create version N+1.
      await sql`SELECT pg_advisory_xact_lock(hashtext(${`content:${coursePackage.slug}`}))`.execute(typedSql(manager));
      const course = await courseWithSlug(manager, coursePackage.slug);
      const known = await versionWithContentHash(manager, course.id, coursePackage.contentHash);
      if (known) {
        await clearFlagsReviewedInPackage(manager, course.id, coursePackage);
        return { slug: coursePackage.slug, version: known.version, created: false };
      }
      refuseStaleDisclosures(coursePackage);

      const quizIds = new Map<string, string>();
      const quizzes = [...coursePackage.modules.map((m) => m.quiz), coursePackage.finalExam];
      for (const quiz of quizzes) {
        if (quiz) quizIds.set(quiz.slug, await importQuiz(manager, course.id, quiz));
      }
      const version = await writeCourseVersion(manager, course.id, coursePackage, quizIds);
      await flagChangedCitations(manager, course.id, version.id, coursePackage);
      await publishCourseVersion(manager, course.id, version.id);
      await clearFlagsReviewedInPackage(manager, course.id, coursePackage);
      await recalculateCourseProgress(manager, course.id);
      return { slug: coursePackage.slug, version: version.version, created: true };
    });
  }
}

/** A changed package is released as a new version, which needs disclosures collected in the last 12 months. */
function refuseStaleDisclosures(coursePackage: CoursePackage): void {
  const today = new Date().toISOString().slice(0, 10);
  const problem = disclosuresAgeProblem(coursePackage.disclosures.collectedOn, today);
  if (problem) {
    throw new ContentInvalidError(
      `The course ${coursePackage.slug} cannot be released: its disclosures.yaml collected ${coursePackage.disclosures.collectedOn} ${problem}.`,
    );
  }
}
