import type { Channel, InquiryParty } from '@inquiry-router/contracts';

/**
 * The local parts machines send from. Mail marked automatic (bounces, auto-replies, list mail) never
 * becomes an inquiry (the email adapter drops it); these are the senders that get through without
 * such headers: system notifications from no-reply mailboxes, mailer daemons and bounce handlers.
 */
const automaticLocalPart =
  /^(no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|noreply[-_.+].*|no[-_.]?reply[-_.+].*|mailer[-_.]?daemon|postmaster|bounces?([-_.+].*)?|auto[-_.]?(reply|responder|response)|notifications?|varsling|ikke[-_.]?svar)$/i;

/** The sender is a machine: a no-reply (or similar) address. Only email has such addresses. */
export function isAutomaticSender(channel: Channel, sender: InquiryParty): boolean {
  if (channel !== 'email' || !sender.email) return false;
  const at = sender.email.lastIndexOf('@');
  const local = (at < 0 ? sender.email : sender.email.slice(0, at)).trim();
  return automaticLocalPart.test(local);
}
