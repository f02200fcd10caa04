import { randomBytes } from 'node:crypto';
import { SecretBox } from '../secrets/secret-box';

/**
 * Test apps seal with this key, new for each test file, whatever their data folder, so that
 * factories can seal what they store directly (the data folder's key is tested on its own).
 */
export const TEST_SECRETS_KEY = randomBytes(32);

export const testSecretBox = () => new SecretBox(TEST_SECRETS_KEY);
