import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

/** kysely-codegen with the settings in .kysely-codegenrc.json, run from the API's folder. */
export function runKyselyCodegen(url: string, extraArguments: string[]) {
  const apiRoot = path.resolve(__dirname, '../..');
  return spawnSync(process.execPath, [require.resolve('kysely-codegen/dist/cli/bin.js'), '--url', url, ...extraArguments], {
    cwd: apiRoot,
    encoding: 'utf8',
  });
}
