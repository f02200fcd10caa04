import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { AppConfig } from './config/app-config';
import { CoreModule } from './config/config.module';
import { CatalogModule } from './catalog/catalog.module';
import { formatGraphQLError } from './common/errors';
import { createRequestContext } from './common/request-context';
import { HealthController } from './health/health.controller';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, dataSource),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          // Set explicitly rather than left to NODE_ENV defaults.
          graphiql: !config.production,
          introspection: !config.production,
          csrfPrevention: true,
          allowBatchedHttpRequests: false,
          hideSchemaDetailsFromClientErrors: true,
          includeStacktraceInErrorResponses: false,
          fieldResolverEnhancers: ['guards'],
          context: ({ req, res }: { req: never; res: never }) => createRequestContext(dataSource, req, res),
          formatError: formatGraphQLError,
        }),
        CatalogModule,
      ],
      controllers: [HealthController],
    };
  }
}
