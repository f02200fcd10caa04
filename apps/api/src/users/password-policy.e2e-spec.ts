import { randomBytes } from 'node:crypto';
import { createTestApp, type TestApp } from '../testing/test-app';

const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { __typename } }`;

describe('passwords chosen at sign-up', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(() => api.close());

  const newEmail = () => `nurse.${randomBytes(3).toString('hex')}@ward.example.org`;
  const accountsWith = async (email: string) =>
    (await api.dataSource.query(`SELECT count(*)::int AS count FROM app_user WHERE email = $1`, [email]))[0].count;

  const COMMON = 'This password is one of the most common ones, which attackers try first. Choose another.';
  const localPartOf = (email: string) => email.slice(0, email.indexOf('@'));

  it.each([
    ['a common password', (_email: string) => 'password123', COMMON],
    ['a common password in capitals', (_email: string) => 'Qwertyuiop', COMMON],
    [
      'the email address',
      (email: string) => `${localPartOf(email).toUpperCase()}!2026`,
      'This password is made of your email address. Choose one with at least 10 letters or digits besides it.',
    ],
    [
      'the name',
      (_email: string) => 'Ada Okafor 2026',
      'This password is made of your name. Choose one with at least 10 letters or digits besides it.',
    ],
  ])('refuses %s with BAD_USER_INPUT on the password field, and creates nothing', async (_kind, passwordFor, message) => {
    const email = newEmail();
    const { data, errors } = await api.graphql(SIGN_UP, { input: { email, name: 'Ada Okafor', password: passwordFor(email) } });
    expect(data).toBeNull();
    expect(errors![0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', fields: { password: message } } });
    expect(await accountsWith(email)).toBe(0);
  });

  it('takes a passphrase of the owner’s own', async () => {
    const email = newEmail();
    const { errors } = await api.graphql(SIGN_UP, { input: { email, name: 'Ada Okafor', password: 'kettle on, ward round at nine' } });
    expect(errors).toBeUndefined();
    expect(await accountsWith(email)).toBe(1);
  });
});
