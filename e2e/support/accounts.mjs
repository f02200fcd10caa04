// New accounts confirm their address by a link the platform emails; with no SMTP server set, the
// platform writes each message to DATA_DIR/outbox, and journeys read the link from there.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
// The API's own reader of its outbox, from its build (`npm run build`, as for every journey).
import { readOutboxMessage } from '@ptp/api/dist/mail/outbox-message.js';
import { checkpoint } from './browser.mjs';

const SIGN_UP = 'mutation ($input: SignUpInput!) { signUp(input: $input) { confirmationRequired } }';
const CONFIRM = 'mutation ($token: String!) { confirmEmail(token: $token) { token user { id email name roles } } }';

/**
 * Signs up and confirms the address. Through the page when given one (the page is then signed
 * in with its cookie and on the page the confirmation continues to); through the API otherwise,
 * answering the session's `{ token, user }`. Set `signedUpInPage` when the page has just sent the
 * sign-up form, and `confirmCheckpoint` to check the confirmation page as a journey checkpoint.
 */
export async function signUpConfirmed(platform, account, { page, signedUpInPage = false, confirmCheckpoint } = {}) {
  // A page that has just signed up may have its message in the outbox already.
  const seen = signedUpInPage ? 0 : (await confirmationLinks(platform, account.email)).length;
  if (!signedUpInPage) await post(platform, SIGN_UP, { input: account });
  const link = await newLink(platform, account.email, seen);
  if (page) {
    await page.goto(`${platform.url}${link.pathname}${link.search}`);
    const confirm = page.getByRole('button', { name: 'Confirm and sign in' });
    await confirm.waitFor();
    if (confirmCheckpoint) await checkpoint(page, confirmCheckpoint);
    await confirm.click();
    // On a phone the name is behind the header's Menu button: signed in is its being there.
    await page.locator('.site-header').getByText(account.name).waitFor({ state: 'attached' });
    return null;
  }
  return (await post(platform, CONFIRM, { token: link.searchParams.get('token') })).confirmEmail;
}

async function newLink(platform, email, seen) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const links = await confirmationLinks(platform, email);
    if (links.length > seen) return links.at(-1);
    if (Date.now() > deadline) throw new Error(`No confirmation message reached ${email} in ${platform.dataDir}/outbox.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The confirmation links sent to the address, oldest first (outbox file names sort by time). */
async function confirmationLinks(platform, email) {
  const outbox = path.join(platform.dataDir, 'outbox');
  const files = (await readdir(outbox).catch(() => [])).filter((file) => file.endsWith('.eml')).sort();
  const links = [];
  for (const file of files) {
    const { to, text } = readOutboxMessage(await readFile(path.join(outbox, file), 'utf8'));
    const link = /https?:\/\/\S+\/account\/confirm\?token=[\w-]+/.exec(text);
    if (to.includes(`<${email.toLowerCase()}>`) && link) links.push(new URL(link[0]));
  }
  return links;
}

async function post(platform, query, variables) {
  const response = await fetch(`${platform.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`${query.slice(0, 40)}… refused: ${JSON.stringify(body.errors)}`);
  return body.data;
}
