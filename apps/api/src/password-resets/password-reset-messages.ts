import type { MailMessage } from '../mail/mail.service';
import { pageUrl } from '../users/account-messages';

export const RESET_LIFETIME_MINUTES = 30;

/** `PUBLIC_URL/account/reset-password?token=…`: the page that sets a new password and signs in. */
export function passwordResetLink(publicUrl: string, token: string): string {
  const link = pageUrl(publicUrl, 'account/reset-password');
  link.searchParams.set('token', token);
  return link.toString();
}

export function passwordResetMessage(platform: string, publicUrl: string, recipient: { name: string; email: string }, token: string): MailMessage {
  return {
    to: { name: recipient.name, address: recipient.email },
    subject: `Reset your password for ${platform}`,
    text:
      `Hello ${recipient.name},\n\n` +
      `Someone asked to reset the password of your account. Follow this link to choose a new one:\n${passwordResetLink(publicUrl, token)}\n\n` +
      `The link works once, within ${RESET_LIFETIME_MINUTES} minutes, and choosing a new password signs out every other device. ` +
      `If you did not ask, ignore this message: your password stays as it is.\n\n${platform}\n`,
  };
}
