import { dictionary } from '@zxcvbn-ts/language-common';
import { registerDecorator, type ValidationArguments } from 'class-validator';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

/** Whose password it is: a password made of these is among an attacker's first guesses. */
export interface PasswordOwner {
  email: string;
  name: string;
}

// zxcvbn's list of about 49,000 passwords most seen in public breaches, most common first.
let commonPasswords: Set<string> | undefined;
const isCommon = (password: string) =>
  (commonPasswords ??= new Set(dictionary['passwords-common'])).has(password.toLowerCase());

/** Letters and digits only, lower case: `Dr. Ada-Example` and `drada example` read alike. */
const squash = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Whether the password is built on `part` (an email, its local part, a name): what is left once
 * every occurrence is taken out is too short to be a password of its own. `Jane.Doe2026` is built
 * on jane.doe@…; a long passphrase that merely contains `admin` is not.
 */
function isBuiltOn(password: string, part: string): boolean {
  const squashedPart = squash(part);
  const squashedPassword = squash(password);
  if (!squashedPart || !squashedPassword.includes(squashedPart)) return false;
  return squashedPassword.split(squashedPart).join('').length < MIN_PASSWORD_LENGTH;
}

/** Why a password of the right length would still be a poor one for this owner, or null if it is not. */
export function passwordProblem(password: string, owner: PasswordOwner): string | null {
  if (isCommon(password) || isCommon(password.trim())) {
    return 'This password is one of the most common ones, which attackers try first. Choose another.';
  }
  const email = owner.email.trim();
  const at = email.lastIndexOf('@');
  if (isBuiltOn(password, email) || (at > 0 && isBuiltOn(password, email.slice(0, at)))) {
    return `This password is made of your email address. Choose one with at least ${MIN_PASSWORD_LENGTH} letters or digits besides it.`;
  }
  if (isBuiltOn(password, owner.name)) {
    return `This password is made of your name. Choose one with at least ${MIN_PASSWORD_LENGTH} letters or digits besides it.`;
  }
  return null;
}

/** On the password field of an input that also has `email` and `name`: refuses a common password or one made of them. */
export function IsAllowedPassword(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isAllowedPassword',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (password: unknown, { object }: ValidationArguments) => {
          const { email, name } = object as Partial<PasswordOwner>;
          // Too short or too long is said by the length checks; this one only judges the rest.
          if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
            return true;
          }
          return passwordProblem(password, { email: String(email ?? ''), name: String(name ?? '') }) === null;
        },
        defaultMessage: ({ value, object }: ValidationArguments) => {
          const { email, name } = object as Partial<PasswordOwner>;
          return passwordProblem(String(value), { email: String(email ?? ''), name: String(name ?? '') }) ?? '';
        },
      },
    });
}
