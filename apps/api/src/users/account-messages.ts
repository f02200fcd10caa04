import { CONFIRMATION_LIFETIME_HOURS } from '../auth/email-confirmations';
import type { MailMessage } from '../mail/mail.service';

interface Recipient {
  name: string;
  email: string;
}

/** A page of the web app, kept under PUBLIC_URL's path when the platform is served below one. */
export function pageUrl(publicUrl: string, page: string): URL {
  return new URL(page, publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`);
}

/** `PUBLIC_URL/account/confirm?token=…`: the page that confirms the address and signs in. */
export function confirmationLink(publicUrl: string, token: string): string {
  const link = pageUrl(publicUrl, 'account/confirm');
  link.searchParams.set('token', token);
  return link.toString();
}

export function confirmationMessage(platform: string, publicUrl: string, recipient: Recipient, token: string): MailMessage {
  return {
    to: { name: recipient.name, address: recipient.email },
    subject: `Confirm your email address for ${platform}`,
    text:
      `Hello ${recipient.name},\n\n` +
      `Follow this link to confirm your email address and start using your account:\n${confirmationLink(publicUrl, token)}\n\n` +
      `The link works once, within ${CONFIRMATION_LIFETIME_HOURS} hours. If you did not create an account, ignore this message: ` +
      `nothing happens without the link.\n\n${platform}\n`,
  };
}

/** Sent instead of a second account, so the sign-up form never says which addresses are registered. */
export function existingAccountMessage(platform: string, publicUrl: string, recipient: Recipient): MailMessage {
  return {
    to: { name: recipient.name, address: recipient.email },
    subject: `Someone tried to create an account with your address on ${platform}`,
    text:
      `Hello ${recipient.name},\n\n` +
      `Someone tried to create an account on ${platform} with this email address, which already has an account. ` +
      `No new account was made and yours is unchanged.\n\n` +
      `If it was you, sign in at ${pageUrl(publicUrl, 'sign-in')} instead. If it was not you, you need do nothing.\n\n${platform}\n`,
  };
}
