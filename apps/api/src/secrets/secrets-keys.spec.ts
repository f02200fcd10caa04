import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { dataFolderKeysFile, secretBoxFor } from './secrets-keys';

describe('the secrets key outside production', () => {
  it('is made once in the data folder, readable by its owner only, and used by every process after', () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'secrets-')), 'fresh');
    const settings = { secretsKey: null, previousSecretsKey: null, dataDir };
    const sealed = secretBoxFor(settings).seal('secret', 'c');
    const file = dataFolderKeysFile(dataDir);
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(secretBoxFor(settings).open(sealed, 'c')).toBe('secret');
  });
});
