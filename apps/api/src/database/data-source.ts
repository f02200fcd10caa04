import { DataSource, type DataSourceOptions } from 'typeorm';
import { CatalogAndQuizzes1764200000000 } from './migrations/1764200000000-catalog-and-quizzes';
import { AccountsAndAudit1764210000000 } from './migrations/1764210000000-accounts-and-audit';
import { Certificates1764240000000 } from './migrations/1764240000000-certificates';
import { QuizAttempts1764300000000 } from './migrations/1764300000000-quiz-attempts';
import { ProgressAndActivity1764310000000 } from './migrations/1764310000000-progress-and-activity';
import { SourceAppraisal1765000000000 } from './migrations/1765000000000-source-appraisal';
import { EmailConfirmation1765100000000 } from './migrations/1765100000000-email-confirmation';
import { ShownOptionIds1765200000000 } from './migrations/1765200000000-shown-option-ids';
import { ReviewerRole1765300000000 } from './migrations/1765300000000-reviewer-role';
import { Regrades1765400000000 } from './migrations/1765400000000-regrades';
import { CourseReviews1765310000000 } from './migrations/1765310000000-course-reviews';
import { CitationReviews1765500000000 } from './migrations/1765500000000-citation-reviews';
import { Accreditation1765600000000 } from './migrations/1765600000000-accreditation';
import { CreditProfiles1765700000000 } from './migrations/1765700000000-credit-profiles';
import { EvaluationsAndCreditClaims1765800000000 } from './migrations/1765800000000-evaluations-and-credit-claims';
import { AccountSelfService1765910000000 } from './migrations/1765910000000-account-self-service';
import { TwoFactorAndSingleSignOn1765950000000 } from './migrations/1765950000000-two-factor-and-single-sign-on';
import { RateLimiterStore1766000000000 } from './migrations/1766000000000-rate-limiter-store';
import { Lti1766100000000 } from './migrations/1766100000000-lti';
import { LearningRecordStore1766200000000 } from './migrations/1766200000000-learning-record-store';
import { DataIntegrityCredentials1766400000000 } from './migrations/1766400000000-data-integrity-credentials';
import { ChangeNotifications1766500000000 } from './migrations/1766500000000-change-notifications';
import { RequestClient } from './request-client';
import { refuseNewerSchema } from './schema-version';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export const migrations = [
  CatalogAndQuizzes1764200000000,
  AccountsAndAudit1764210000000,
  Certificates1764240000000,
  QuizAttempts1764300000000,
  ProgressAndActivity1764310000000,
  SourceAppraisal1765000000000,
  EmailConfirmation1765100000000,
  ShownOptionIds1765200000000,
  ReviewerRole1765300000000,
  CourseReviews1765310000000,
  Regrades1765400000000,
  CitationReviews1765500000000,
  Accreditation1765600000000,
  CreditProfiles1765700000000,
  EvaluationsAndCreditClaims1765800000000,
  AccountSelfService1765910000000,
  TwoFactorAndSingleSignOn1765950000000,
  RateLimiterStore1766000000000,
  Lti1766100000000,
  LearningRecordStore1766200000000,
  DataIntegrityCredentials1766400000000,
  ChangeNotifications1766500000000,
];

/**
 * How long the API waits on PostgreSQL. A request gets SERVICE_UNAVAILABLE (retryable) within
 * seconds instead of hanging: the server cancels a statement that runs, or waits for a lock,
 * longer than `statementMs`; the client gives up on a server that stops answering at all (hung,
 * or its network gone) after `replyMs`, and on a connection it cannot open after `connectMs`.
 */
export const DATABASE_TIMEOUTS = { connectMs: 5_000, statementMs: 5_000, replyMs: 7_000 };

/**
 * `requests`: the API's pool, with every timeout. `start-up`: migrations, the content import and
 * the first accounts, which may run long or wait for another process's lock, so only the
 * connection timeout applies.
 */
export function dataSourceOptions(url: string, purpose: 'requests' | 'start-up' = 'requests'): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations,
    migrationsTransactionMode: 'all',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    extra: {
      max: 20,
      connectionTimeoutMillis: DATABASE_TIMEOUTS.connectMs,
      ...(purpose === 'requests'
        ? { statement_timeout: DATABASE_TIMEOUTS.statementMs, query_timeout: DATABASE_TIMEOUTS.replyMs, Client: RequestClient }
        : {}),
    },
  };
}

/**
 * Any number of API processes may start at once: the first migrates, the others wait for it.
 * A database a newer version has migrated is refused before anything runs.
 */
export async function migrate(dataSource: DataSource): Promise<void> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', ['platform:migrations']);
    await refuseNewerSchema(dataSource, migrations);
    await dataSource.runMigrations();
  } finally {
    await lock.query('SELECT pg_advisory_unlock(hashtext($1))', ['platform:migrations']).catch(() => undefined);
    await lock.release();
  }
}
