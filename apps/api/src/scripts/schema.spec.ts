import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { printApiSchema } from './print-schema';

describe('the committed GraphQL schema', () => {
  it('matches the schema the code defines (run npm run schema -w @ptp/api after changing it)', async () => {
    const committed = readFileSync(path.resolve(__dirname, '../../schema.gql'), 'utf8');
    expect(await printApiSchema()).toBe(committed);
  });
});
