// Two-factor sign-in as a person with an authenticator app does it: the app is otplib, fed the
// setup key the page shows (the QR code holds the same key).
import { generate } from 'otplib';
import { graphql } from './api.mjs';
import { checkpoint } from './browser.mjs';

/** The code the app shows now, or `steps` periods of 30 s on (a code is taken once within its period). */
export function appCode(secret, steps = 0) {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });
}

/**
 * On the two-factor page: starts the setup, types the first code from the key shown, and reads the
 * recovery codes shown once. Answers the key and the codes; leaves the page on the codes, or where
 * "I have saved my codes" leads when `saved`. Checkpoints are named `${name}-…` when a name is given.
 */
export async function setUpTwoFactorInPage(page, { name, saved = true } = {}) {
  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  const key = page.getByLabel('Setup key');
  await key.waitFor();
  await page.getByRole('img', { name: 'QR code that adds this account to an authenticator app' }).waitFor();
  if (name) await checkpoint(page, `${name}-setup`);
  const secret = (await key.innerText()).replace(/\s/g, '');
  await page.getByLabel('Code from the app').fill(await appCode(secret));
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  await page.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
  if (name) await checkpoint(page, `${name}-recovery-codes`);
  const recoveryCodes = (await page.locator('.two-factor__code-list code').allInnerTexts()).map((code) => code.trim());
  if (saved) await page.getByRole('button', { name: 'I have saved my codes' }).click();
  return { secret, recoveryCodes };
}

/** Turns two-factor on for the account signed in on the page, as its owner does on the two-factor page; answers the key. */
export async function turnOnTwoFactorInPage(page, platform) {
  await page.goto(`${platform.url}/account/two-factor`);
  const { secret } = await setUpTwoFactorInPage(page);
  await page.getByRole('heading', { level: 2, name: 'Two-factor sign-in is on' }).waitFor();
  return secret;
}

/** Turns two-factor on through the API, as the two-factor page does; answers the session's token and the key. */
export async function turnOnTwoFactorByApi(platform, { email, password }) {
  const signIn = 'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }';
  const { token } = (await graphql(platform, signIn, { email, password })).signIn;
  const { secret } = (await graphql(platform, 'mutation { startTwoFactorSetup { secret } }', {}, token)).startTwoFactorSetup;
  await graphql(platform, 'mutation ($code: String!) { confirmTwoFactorSetup(code: $code) { codes } }', { code: await appCode(secret) }, token);
  return { token, secret };
}
