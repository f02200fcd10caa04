import { generate } from 'otplib';
import type { Role } from '../auth/policy.decorators';
import { createAccount, type TestAccount } from '../testing/factories';
import type { TestApp } from '../testing/test-app';
import { hashPassword } from '../users/password';

export const PASSWORD = 'a passphrase for two steps';

export const SIGN_IN = 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token secondFactorChallenge } }';
export const COMPLETE = 'mutation($challenge: String!, $code: String!) { completeSignIn(challenge: $challenge, code: $code) { token user { email } } }';
export const START = 'mutation { startTwoFactorSetup { secret otpauthUri qrCode } }';
export const CONFIRM = 'mutation($code: String!) { confirmTwoFactorSetup(code: $code) { codes } }';
export const STATUS = '{ myTwoFactor { enabled required recoveryCodesLeft } }';

/** An account that signs in with PASSWORD, with two-factor off (whatever its roles). */
export async function accountWithPassword(api: TestApp, roles: Role[] = ['LEARNER']): Promise<TestAccount> {
  const account = await createAccount(api.dataSource, roles);
  await api.dataSource.query(`UPDATE app_user SET password_hash = $2 WHERE id = $1`, [account.id, await hashPassword(PASSWORD)]);
  await api.dataSource.query(`DELETE FROM two_factor WHERE user_id = $1`, [account.id]);
  return account;
}

/** The code an authenticator app shows now, or `steps` periods of 30 s from now. */
export function codeOf(secret: string, steps = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });
}

/** Turns two-factor on through the API, as the account page does; answers the secret and the recovery codes. */
export async function turnOnTwoFactor(api: TestApp, account: TestAccount): Promise<{ secret: string; recoveryCodes: string[] }> {
  const { secret } = (await api.graphql(START, {}, account.token)).data!.startTwoFactorSetup;
  const confirmed = await api.graphql(CONFIRM, { code: await codeOf(secret) }, account.token);
  return { secret, recoveryCodes: confirmed.data!.confirmTwoFactorSetup.codes };
}

export const errorCode = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;
