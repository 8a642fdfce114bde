import { InquiryReferenceSource, inquiryOfMessageId } from '@inquiry-router/contracts';

const reference = new RegExp(`\\b${InquiryReferenceSource}\\b`, 'g');
/** The bracketed token that ends a subject: `… [IR-…]`, the thread's reference (any inquiry id, e.g. one given through the intake API). */
const trailingBracket = /\[([A-Za-z0-9][A-Za-z0-9_.:-]{0,199})\]\s*$/;

/** The inquiry references (`IR-…`) a text names, each once, in order. */
export function referencesIn(text: string | null | undefined): string[] {
  return [...new Set(text?.toUpperCase().match(reference) ?? [])];
}

/**
 * The inquiries a mail names, the most telling first: the inquiry it answers (In-Reply-To
 * `<IR-…@inquiry-router>`), a receipt's own Message-ID, the References from the most recent back
 * (an answer lists the thread, then the inquiry), the subject's reference (the thread's), and any
 * reference the text quotes. Candidates only: what is recorded decides.
 */
export function mailInquiryReferences(mail: {
  messageId: string | null;
  inReplyTo: string | null;
  references: readonly string[];
  subject: string | null;
  text: string;
}): string[] {
  const candidates = [
    inquiryOfMessageId(mail.inReplyTo),
    inquiryOfMessageId(mail.messageId),
    ...[...mail.references].reverse().map(inquiryOfMessageId),
    mail.subject?.match(trailingBracket)?.[1] ?? null,
    ...referencesIn(mail.subject),
    ...referencesIn(mail.text),
  ];
  return [...new Set(candidates.filter((c): c is string => c !== null))];
}
