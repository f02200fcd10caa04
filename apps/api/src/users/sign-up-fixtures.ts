import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { MailService } from '../mail/mail.service';
import type { OutboxMessage } from '../mail/mail.types';
import { createTestApp, type TestApp } from '../testing/test-app';

export const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } confirmationRequired } }`;
export const CONFIRM_EMAIL = `mutation Confirm($token: String!) { confirmEmail(token: $token) { token user { id email name roles } confirmationRequired } }`;
export const PASSWORD = 'a long enough password';

/** The application with an outbox of its own, so a test reads only the messages it caused. */
export function signUpTestApp(): Promise<TestApp> {
  return createTestApp({ dataDir: mkdtempSync(path.join(tmpdir(), 'sign-up-')), publicUrl: 'https://learn.example.org' });
}

/** Account messages are sent without holding up the answer; wait until `count` have reached the address. */
export async function messagesTo(api: TestApp, email: string, count = 1): Promise<OutboxMessage[]> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const found = (await api.app.get(MailService).outbox(100)).filter((message) => message.to.includes(`<${email}>`));
    if (found.length >= count || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function confirmationTokenIn(message: OutboxMessage): string {
  const link = /https:\/\/learn\.example\.org\/account\/confirm\?token=([\w-]+)/.exec(message.text);
  if (!link) throw new Error(`No confirmation link in: ${message.text}`);
  return link[1];
}

/** Signs up, follows the link in the message and returns the session it starts. */
export async function signUpConfirmed(api: TestApp, email: string, name = 'Dr Ada Example', password = PASSWORD) {
  const before = (await messagesTo(api, email, 0)).length;
  const { errors } = await api.graphql(SIGN_UP, { input: { email, name, password } });
  if (errors) throw new Error(`signUp refused: ${JSON.stringify(errors)}`);
  const [latest] = await messagesTo(api, email, before + 1);
  const confirmed = await api.graphql(CONFIRM_EMAIL, { token: confirmationTokenIn(latest) });
  if (confirmed.errors) throw new Error(`confirmEmail refused: ${JSON.stringify(confirmed.errors)}`);
  return confirmed.data!.confirmEmail as { token: string; user: { id: string; email: string; name: string; roles: string[] } };
}
