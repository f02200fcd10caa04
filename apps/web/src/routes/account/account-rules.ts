// The server's own checks (apps/api/src/auth/auth.inputs.ts), in its words, so a person sees
// the same message whether the browser or the server catches the mistake first.

export const MIN_PASSWORD_LENGTH = 10;
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

export function emailProblem(value: string): string | null {
  const email = value.trim();
  if (!EMAIL_SHAPE.test(email)) return 'Enter an email address like name@example.com.';
  if (email.length > 254) return 'An email address has at most 254 characters.';
  return null;
}

export function nameProblem(value: string): string | null {
  const name = value.trim();
  if (name.length === 0) return 'Enter your name as it should appear on certificates.';
  // Counted as the server counts (apps/api/src/users/display-name.ts): an emoji is one character.
  if ([...name].length > 100) return 'A name has at most 100 characters.';
  return null;
}

export function newPasswordProblem(value: string): string | null {
  if (value.length < MIN_PASSWORD_LENGTH) return `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (value.length > 200) return 'A password has at most 200 characters.';
  return null;
}

export function currentPasswordProblem(value: string): string | null {
  return value.length === 0 ? 'Enter your password.' : null;
}
