import { DataSource, type DataSourceOptions } from 'typeorm';
import { CourseEntity } from '../catalog/course.entity';
import { CourseVersion } from '../catalog/course-version.entity';
import { CourseModuleEntity } from '../catalog/course-module.entity';
import { LessonEntity, LessonPassageEntity } from '../catalog/lesson.entity';
import { SourcePassageEntity } from '../catalog/source-passage.entity';
import { QuizEntity } from '../quizzes/quiz.entity';
import { QuizVersionEntity } from '../quizzes/quiz-version.entity';
import { QuestionEntity } from '../quizzes/question.entity';
import { UserEntity } from '../users/user.entity';
import { CatalogAndQuizzes1764200000000 } from './migrations/1764200000000-catalog-and-quizzes';
import { AccountsAndAudit1764210000000 } from './migrations/1764210000000-accounts-and-audit';
import { Certificates1764240000000 } from './migrations/1764240000000-certificates';
import { QuizAttempts1764300000000 } from './migrations/1764300000000-quiz-attempts';
import { ProgressAndActivity1764310000000 } from './migrations/1764310000000-progress-and-activity';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export const entities = [
  UserEntity,
  CourseEntity,
  CourseVersion,
  SourcePassageEntity,
  CourseModuleEntity,
  LessonEntity,
  LessonPassageEntity,
  QuizEntity,
  QuizVersionEntity,
  QuestionEntity,
];

export const migrations = [
  CatalogAndQuizzes1764200000000,
  AccountsAndAudit1764210000000,
  Certificates1764240000000,
  QuizAttempts1764300000000,
  ProgressAndActivity1764310000000,
];

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTransactionMode: 'all',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    extra: { max: 20, connectionTimeoutMillis: 5_000 },
  };
}

/** Any number of API processes may start at once: the first migrates, the others wait for it. */
export async function migrate(dataSource: DataSource): Promise<void> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', ['platform:migrations']);
    await dataSource.runMigrations();
  } finally {
    await lock.query('SELECT pg_advisory_unlock(hashtext($1))', ['platform:migrations']).catch(() => undefined);
    await lock.release();
  }
}
