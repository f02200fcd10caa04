import type { OutboxMessage } from '../mail/mail.types';
import type { TestApp } from '../testing/test-app';
import { messagesTo, PASSWORD, signUpConfirmed, signUpTestApp } from '../users/sign-up-fixtures';

const CHANGE = `mutation Change($newEmail: String!, $currentPassword: String!) { changeEmail(newEmail: $newEmail, currentPassword: $currentPassword) }`;
const CONFIRM = `mutation Confirm($token: String!) { confirmEmailChange(token: $token) }`;
const SIGN_IN = `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }`;
const ME = `{ me { email } }`;

function changeTokenIn(message: OutboxMessage): string {
  const link = /https:\/\/learn\.example\.org\/account\/confirm-email-change\?token=([\w-]+)/.exec(message.text);
  if (!link) throw new Error(`No link in: ${message.text}`);
  return link[1];
}

describe('changing the email address of an account', () => {
  let api: TestApp;
  let counter = 0;
  const newEmail = () => `change${++counter}-${Date.now()}@example.org`;

  beforeAll(async () => {
    api = await signUpTestApp();
  });
  beforeEach(() => api.dataSource.query(`DELETE FROM rate_limit WHERE key LIKE '%:sign-up:%'`));
  afterAll(() => api.close());

  const codeOf = (answer: { errors?: { extensions?: { code?: string } }[] }) => answer.errors?.[0]?.extensions?.code;

  /** Asks for the change and answers the token of the link sent to the new address. */
  async function askToMove(session: string, to: string, typed = to): Promise<string> {
    const before = (await messagesTo(api, to, 0)).length;
    expect(await api.graphql(CHANGE, { newEmail: typed, currentPassword: PASSWORD }, session)).toEqual({ data: { changeEmail: true } });
    const [newest] = await messagesTo(api, to, before + 1);
    return changeTokenIn(newest);
  }

  it('keeps the confirmed address until the link sent to the new one is followed, then tells the old address', async () => {
    const [from, to] = [newEmail(), newEmail()];
    const { token: session, user } = await signUpConfirmed(api, from, 'Dr Mover');
    const link = await askToMove(session, to, ` ${to.toUpperCase()} `);
    const [message] = await messagesTo(api, to);
    expect(message).toMatchObject({ to: `Dr Mover <${to}>`, subject: 'Confirm your new email address for Practitioner Training Platform' });
    expect((await api.graphql(ME, {}, session)).data!.me).toEqual({ email: from });

    expect(await api.graphql(CONFIRM, { token: link })).toEqual({ data: { confirmEmailChange: to } });

    expect((await api.graphql(ME, {}, session)).data!.me).toEqual({ email: to });
    const [told] = (await messagesTo(api, from, 2)).filter((sent) => sent.subject.includes('was changed'));
    expect(told.text).toContain(`is now ${to}`);
    expect((await api.graphql(SIGN_IN, { email: to, password: PASSWORD })).errors).toBeUndefined();
    expect(codeOf(await api.graphql(SIGN_IN, { email: from, password: PASSWORD }))).toBe('UNAUTHENTICATED');
    const actions = await api.dataSource.query(`SELECT action FROM audit_log WHERE subject_user_id = $1 ORDER BY created_at`, [user.id]);
    expect(actions.map((row: { action: string }) => row.action)).toEqual(['EMAIL_CHANGE_REQUESTED', 'EMAIL_CHANGED']);
  });

  it('needs the current password and sends nothing without it', async () => {
    const [from, to] = [newEmail(), newEmail()];
    const { token: session } = await signUpConfirmed(api, from);
    const wrong = await api.graphql(CHANGE, { newEmail: to, currentPassword: 'not my password' }, session);
    expect(codeOf(wrong)).toBe('WRONG_PASSWORD');
    expect(wrong.errors![0].extensions!.fields).toEqual({ currentPassword: 'Your current password is not right.' });
    expect(await messagesTo(api, to, 0)).toEqual([]);
    expect(codeOf(await api.graphql(CHANGE, { newEmail: to, currentPassword: PASSWORD }))).toBe('UNAUTHENTICATED');
  });

  it('stops password guesses through a stolen session after 10 an hour', async () => {
    const { token: session } = await signUpConfirmed(api, newEmail());
    for (let i = 0; i < 10; i++) expect(codeOf(await api.graphql(CHANGE, { newEmail: newEmail(), currentPassword: `guess ${i}` }, session))).toBe('WRONG_PASSWORD');
    expect(codeOf(await api.graphql(CHANGE, { newEmail: newEmail(), currentPassword: PASSWORD }, session))).toBe('RATE_LIMITED');
  });

  it('refuses the address the account already has, and an address that is not one', async () => {
    const from = newEmail();
    const { token: session } = await signUpConfirmed(api, from);
    expect(codeOf(await api.graphql(CHANGE, { newEmail: from.toUpperCase(), currentPassword: PASSWORD }, session))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.graphql(CHANGE, { newEmail: 'not-an-address', currentPassword: PASSWORD }, session))).toBe('BAD_USER_INPUT');
  });

  it('answers alike for an address another account has, and refuses the move only when its link is followed', async () => {
    const taken = newEmail();
    await signUpConfirmed(api, taken);
    const { token: session, user } = await signUpConfirmed(api, newEmail());
    const link = await askToMove(session, taken);
    expect(codeOf(await api.graphql(CONFIRM, { token: link }))).toBe('EMAIL_IN_USE');
    expect((await api.graphql(ME, {}, session)).data!.me).toEqual({ email: user.email });
  });

  it('refuses a link used once already, a made-up one, an expired one and one a newer request replaced', async () => {
    const { token: session, user } = await signUpConfirmed(api, newEmail());
    const used = await askToMove(session, newEmail());
    expect((await api.graphql(CONFIRM, { token: used })).errors).toBeUndefined();
    expect(codeOf(await api.graphql(CONFIRM, { token: used }))).toBe('EMAIL_CHANGE_LINK_USED');
    expect(codeOf(await api.graphql(CONFIRM, { token: 'made-up-token' }))).toBe('EMAIL_CHANGE_LINK_INVALID');

    const replaced = await askToMove(session, newEmail());
    const newest = await askToMove(session, newEmail());
    expect(codeOf(await api.graphql(CONFIRM, { token: replaced }))).toBe('EMAIL_CHANGE_LINK_INVALID');
    await api.dataSource.query(`UPDATE email_change SET created_at = now() - interval '25 hours', expires_at = now() - interval '1 hour' WHERE user_id = $1 AND used_at IS NULL`, [user.id]);
    expect(codeOf(await api.graphql(CONFIRM, { token: newest }))).toBe('EMAIL_CHANGE_LINK_EXPIRED');
  });
});
