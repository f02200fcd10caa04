import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { loadCoursePackage, listCourseDirs, formatProblem, type CoursePackage } from '@ptp/content';
import { CourseEntity } from '../catalog/course.entity';
import { CourseVersion } from '../catalog/course-version.entity';
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
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`content:${coursePackage.slug}`]);
      const course = await findOrCreateCourse(manager, coursePackage.slug);
      const known = await manager.findOneBy(CourseVersion, {
        courseId: course.id,
        contentHash: coursePackage.contentHash,
      });
      if (known) return { slug: coursePackage.slug, version: known.version, created: false };

      const quizIds = new Map<string, string>();
      const quizzes = [...coursePackage.modules.map((m) => m.quiz), coursePackage.finalExam];
      for (const quiz of quizzes) {
        if (quiz) quizIds.set(quiz.slug, await importQuiz(manager, course.id, quiz));
      }
      const version = await writeCourseVersion(manager, course.id, coursePackage, quizIds);
      await manager.update(CourseEntity, course.id, { publishedVersionId: version.id });
      await recalculateCourseProgress(manager, course.id);
      return { slug: coursePackage.slug, version: version.version, created: true };
    });
  }
}

async function findOrCreateCourse(manager: EntityManager, slug: string): Promise<CourseEntity> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(CourseEntity)
    .values({ slug })
    .orIgnore()
    .execute();
  return manager.findOneByOrFail(CourseEntity, { slug });
}
