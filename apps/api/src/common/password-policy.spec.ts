import { readConfig } from '../config/app-config';
import { generatePassword } from '../users/password';
import { passwordProblem } from './password-policy';

const COMMON = 'This password is one of the most common ones, which attackers try first. Choose another.';
const EMAIL = 'This password is made of your email address. Choose one with at least 10 letters or digits besides it.';
const NAME = 'This password is made of your name. Choose one with at least 10 letters or digits besides it.';
const owner = { email: 'jane.doe@clinic.example.org', name: 'Dr Jane Doe' };

describe('the password policy', () => {
  it.each(['password123', 'qwertyuiop', '1234567890', 'iloveyou123', 'Football12', 'PASSWORD123', ' 1q2w3e4r5t '])(
    'refuses %j, one of the most common passwords in any case',
    (password) => expect(passwordProblem(password, owner)).toBe(COMMON),
  );

  it.each(['jane.doe@clinic.example.org', 'JANE.DOE@CLINIC.EXAMPLE.ORG', 'Jane.Doe2026!', 'jane_doe-jane_doe', 'janedoe 123'])(
    'refuses %j, made of the email address',
    (password) => expect(passwordProblem(password, owner)).toBe(EMAIL),
  );

  it.each(['Dr Ada Okafor', 'dr. ada okafor 2026', 'DRADAOKAFOR!!!!'])('refuses %j, made of the name', (password) =>
    expect(passwordProblem(password, { email: 'ward7@clinic.example.org', name: 'Dr Ada Okafor' })).toBe(NAME),
  );

  it.each([
    'correct horse battery staple',
    'jane.doe keeps bees on the roof', // the local part, with a passphrase of its own besides
    'browser-test admin passphrase',
    'Zoë ünal läuft 42 km',
  ])('accepts %j', (password) => expect(passwordProblem(password, owner)).toBeNull());

  it("accepts the seeded accounts' random passwords, and the admin's from ADMIN_PASSWORD", () => {
    for (const account of [
      { email: 'admin@example.com', name: 'Administrator' },
      { email: 'instructor@example.com', name: 'Demo Instructor' },
      { email: 'learner@example.com', name: 'Demo Learner' },
    ]) {
      for (let draw = 0; draw < 200; draw++) expect(passwordProblem(generatePassword(), account)).toBeNull();
    }
    expect(readConfig({ ADMIN_PASSWORD: 'browser-test admin passphrase' }).adminPassword).toBe('browser-test admin passphrase');
  });
});
