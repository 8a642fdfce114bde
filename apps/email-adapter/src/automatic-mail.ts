/**
 * Mail that a machine sent on its own: bounces, auto-replies, out-of-office notices and list
 * mail. Answering any of these risks a mail loop, and none of them is a person asking for help,
 * so they are accepted (250, so the sender does not retry) and dropped.
 * Sources: RFC 3834 (Auto-Submitted), RFC 3464 (multipart/report), RFC 2369/2919 (List-*),
 * and the headers Exchange and common vacation tools set.
 */
export interface MailEnvelopeAndHeaders {
  /** The envelope sender (MAIL FROM); '' for the null sender `<>` that bounces use. */
  envelopeFrom: string;
  /** Header name (lower case) → raw value. */
  header(name: string): string | undefined;
}

export function automaticMailReason(mail: MailEnvelopeAndHeaders): string | null {
  if (mail.envelopeFrom === '') return 'null sender (bounce)';
  const contentType = mail.header('content-type')?.toLowerCase() ?? '';
  if (/^\s*multipart\/report\b/.test(contentType)) return 'multipart/report (delivery or read report)';
  const autoSubmitted = mail.header('auto-submitted')?.trim().toLowerCase();
  if (autoSubmitted && !/^no\b/.test(autoSubmitted)) return `Auto-Submitted: ${autoSubmitted.split(';')[0]}`;
  if (mail.header('x-autoreply') !== undefined) return 'X-Autoreply';
  if (mail.header('x-autorespond') !== undefined) return 'X-Autorespond';
  const precedence = mail.header('precedence')?.trim().toLowerCase();
  if (precedence && /^(bulk|junk|auto_reply|list)\b/.test(precedence)) return `Precedence: ${precedence}`;
  if (mail.header('list-id') !== undefined) return 'List-Id (mailing list)';
  if (mail.header('list-unsubscribe') !== undefined) return 'List-Unsubscribe (mass mail)';
  return null;
}
