import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { printApiSchema } from './print-schema';

const target = path.resolve(__dirname, '../../schema.gql');
printApiSchema().then((schema) => {
  writeFileSync(target, schema);
  console.log(`Wrote ${target}`);
});
