import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import type { DestinationStream } from 'pino';
import { DataSource } from 'typeorm';
import { AttemptsModule } from './attempts/attempts.module';
import { ActivityModule } from './activity/activity.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CatalogModule } from './catalog/catalog.module';
import { CertificatesModule } from './certificates/certificates.module';
import { CredentialsModule } from './credentials/credentials.module';
import { CitationReviewsModule } from './citation-reviews/citation-reviews.module';
import { CourseReviewsModule } from './course-reviews/course-reviews.module';
import { CreditProfilesModule } from './credit-profiles/credit-profiles.module';
import { CreditReportsModule } from './credit-reports/credit-reports.module';
import { EvaluationsModule } from './evaluations/evaluations.module';
import { compiledQueriesPlugin } from './common/compiled-queries.plugin';
import { formatGraphQLError } from './common/errors';
import { HttpErrorsFilter } from './common/http-errors.filter';
import { SESSION_COOKIE } from './auth/session-cookie';
import { httpCachePlugins } from './common/http-cache.plugin';
import { QUERY_LIMITS, queryLimitsPlugin } from './common/query-limits.plugin';
import { withPropertiesReadDirectly } from './common/property-fields';
import { createRequestContext } from './request-scope';
import { storableTextPlugin } from './common/storable-text.plugin';
import { inputValidationPipe } from './common/validation';
import type { AppConfig } from './config/app-config';
import { CoreModule } from './config/config.module';
import { ChangeNotificationsModule } from './database/change-notifications.module';
import { HealthController } from './health/health.controller';
import { JobsModule } from './jobs/jobs.module';
import { LtiModule } from './lti/lti.module';
import { ObservabilityModule } from './observability/observability.module';
import { ProgressModule } from './progress/progress.module';
import { ReportsModule } from './reports/reports.module';
import { QuizExchangeModule } from './quiz-exchange/quiz-exchange.module';
import { SecretsModule } from './secrets/secrets.module';
import { TranscriptsModule } from './transcripts/transcripts.module';
import { LearningRecordsModule } from './learning-records/learning-records.module';
import { TwoFactorModule } from './two-factor/two-factor.module';
import { SingleSignOnModule } from './single-sign-on/single-sign-on.module';
import { UsersModule } from './users/users.module';
import { AccountSessionsModule } from './account-sessions/account-sessions.module';
import { EmailChangesModule } from './email-changes/email-changes.module';
import { OwnDataModule } from './own-data/own-data.module';
import { PasswordResetsModule } from './password-resets/password-resets.module';

@Module({})
export class AppModule {
  /** `logDestination`: where log lines go; standard output unless a test reads them. */
  static forRoot(config: AppConfig, dataSource: DataSource, logDestination?: DestinationStream): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, dataSource),
        ChangeNotificationsModule,
        ObservabilityModule.forRoot(config, logDestination),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [GraphQLSchemaHost],
          useFactory: (schemaHost: GraphQLSchemaHost) => ({
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            transformSchema: withPropertiesReadDirectly,
            // Set explicitly rather than left to NODE_ENV defaults.
            graphiql: !config.production,
            introspection: !config.production,
            csrfPrevention: true,
            allowBatchedHttpRequests: false,
            hideSchemaDetailsFromClientErrors: true,
            includeStacktraceInErrorResponses: false,
            parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
            plugins: [
              queryLimitsPlugin(() => schemaHost.schema),
              storableTextPlugin(),
              ...httpCachePlugins(SESSION_COOKIE),
              compiledQueriesPlugin(() => schemaHost.schema, formatGraphQLError),
            ],
            fieldResolverEnhancers: ['guards'],
            context: ({ req, res }: { req: never; res: never }) => createRequestContext(dataSource, req, res),
            formatError: formatGraphQLError,
          }),
        }),
        JobsModule,
        SecretsModule,
        AuthModule,
        TwoFactorModule,
        SingleSignOnModule,
        UsersModule,
        CreditProfilesModule,
        EvaluationsModule,
        AuditModule,
        CatalogModule,
        CourseReviewsModule,
        CertificatesModule,
        CredentialsModule,
        CitationReviewsModule,
        AttemptsModule,
        ActivityModule,
        ProgressModule,
        ReportsModule,
        QuizExchangeModule,
        CreditReportsModule,
        TranscriptsModule,
        LearningRecordsModule,
        LtiModule,
        PasswordResetsModule,
        EmailChangesModule,
        AccountSessionsModule,
        OwnDataModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useValue: inputValidationPipe },
        { provide: APP_FILTER, useClass: HttpErrorsFilter },
      ],
    };
  }
}
