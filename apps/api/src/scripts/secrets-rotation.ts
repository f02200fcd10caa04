import type { DataSource, EntityManager } from 'typeorm';
import { resealAllSigningKeys } from '../certificates/signing-keys.service';
import type { AppConfig } from '../config/app-config';
import { SecretBox } from '../secrets/secret-box';
import { newSecretsKey, readOrCreateDataFolderKeys, secretBoxFor, writeDataFolderKeys } from '../secrets/secrets-keys';
import { LRS_SECRET_CONTEXT } from '../learning-records/learning-record-store.service';
import { resealLrsSecret } from '../learning-records/lrs-settings.records';
import { resealLtiToolKey } from '../lti/tool-key.service';
import { resealClientSecrets } from '../single-sign-on/identity-provider-records';
import { clientSecretContext } from '../single-sign-on/oidc-configurations';
import { twoFactorSecretContext } from '../two-factor/two-factor-codes';
import { resealTwoFactorSecrets } from '../two-factor/two-factor-records';

export interface Resealed {
  signingKeys: number;
  twoFactorSecrets: number;
  clientSecrets: number;
  lrsSecrets: number;
  ltiToolKeys: number;
}

/** Every sealed column, sealed under the box's current key; what was sealed under it already is left as it is. */
export async function resealEverySecret(manager: EntityManager, secrets: SecretBox): Promise<Resealed> {
  return {
    signingKeys: await resealAllSigningKeys(manager, secrets),
    twoFactorSecrets: await resealTwoFactorSecrets(manager, (userId, stored) => secrets.resealed(stored, twoFactorSecretContext(userId))),
    clientSecrets: await resealClientSecrets(manager, (id, stored) => secrets.resealed(stored, clientSecretContext(id))),
    lrsSecrets: await resealLrsSecret(manager, (stored) => secrets.resealed(stored, LRS_SECRET_CONTEXT)),
    ltiToolKeys: await resealLtiToolKey(manager, secrets),
  };
}

/** Rotates under SECRETS_KEY, or makes a new data folder key and rotates under it. */
export async function rotateSecretsKey(config: AppConfig, dataSource: DataSource): Promise<Resealed> {
  if (config.secretsKey) return dataSource.transaction((manager) => resealEverySecret(manager, secretBoxFor(config)));
  const oldKeys = readOrCreateDataFolderKeys(config.dataDir);
  const newKey = newSecretsKey();
  // The new key first, the old ones still opening, until every row is sealed under the new one.
  writeDataFolderKeys(config.dataDir, [newKey, ...oldKeys]);
  const resealed = await dataSource.transaction((manager) => resealEverySecret(manager, new SecretBox(newKey, oldKeys)));
  writeDataFolderKeys(config.dataDir, [newKey]);
  return resealed;
}
