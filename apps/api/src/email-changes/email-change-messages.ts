import type { MailMessage } from '../mail/mail.service';
import { pageUrl } from '../users/account-messages';

export const EMAIL_CHANGE_LIFETIME_HOURS = 24;

interface Recipient {
  name: string;
  email: string;
}

/** Sent to the new address: following it is what proves the address is the account holder's. */
export function confirmNewEmailMessage(platform: string, publicUrl: string, recipient: Recipient, token: string): MailMessage {
  const link = pageUrl(publicUrl, 'account/confirm-email-change');
  link.searchParams.set('token', token);
  return {
    to: { name: recipient.name, address: recipient.email },
    subject: `Confirm your new email address for ${platform}`,
    text:
      `Hello ${recipient.name},\n\n` +
      `Follow this link to make this the email address of your account:\n${link.toString()}\n\n` +
      `The link works once, within ${EMAIL_CHANGE_LIFETIME_HOURS} hours. Until then your account keeps its current address. ` +
      `If you did not ask for this, ignore this message: nothing changes without the link.\n\n${platform}\n`,
  };
}

/** Sent to the old address once the change is made, so a change the holder did not make does not go unnoticed. */
export function emailChangedMessage(platform: string, publicUrl: string, recipient: Recipient, newEmail: string): MailMessage {
  return {
    to: { name: recipient.name, address: recipient.email },
    subject: `Your email address on ${platform} was changed`,
    text:
      `Hello ${recipient.name},\n\n` +
      `The email address of your account on ${platform} is now ${newEmail}; messages no longer come to this one.\n\n` +
      `If you did not make this change, someone knows your password: reset it at ${pageUrl(publicUrl, 'account/forgot-password')} ` +
      `with the new address, or ask the platform's administrators for help.\n\n${platform}\n`,
  };
}
