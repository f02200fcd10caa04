import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { readConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source';

/** The schema the code defines, printed the way `apps/api/schema.gql` is committed. No database needed. */
export async function printApiSchema(): Promise<string> {
  const unconnected = new DataSource(dataSourceOptions('postgres://unused@127.0.0.1/unused'));
  const app = await NestFactory.create(AppModule.forRoot(readConfig({}), unconnected), { logger: false });
  await app.init();
  const schema = app.get(GraphQLSchemaHost).schema;
  await app.close();
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
