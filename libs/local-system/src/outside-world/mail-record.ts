import type { ParsedMail } from 'mailparser';
import type { SinkRecord } from '@inquiry-router/contracts';
import { mailInquiryReferences } from './inquiry-references';

/** Longer texts are cut: the sinks keep what a person reads, not whole attachments or bulk mail. */
export const MaxRecordedText = 20_000;

/** Who the SMTP conversation named: MAIL FROM and every RCPT TO. */
export interface MailEnvelope {
  from: string | null;
  to: string[];
}

/** A text cut to MaxRecordedText, marked where it was cut. */
export function cut(text: string): string {
  return text.length <= MaxRecordedText ? text : `${text.slice(0, MaxRecordedText - 1)}…`;
}

/** What the mail sink records of one mail: who it went to (the envelope), what it says, and what ties it to a thread and an inquiry. */
export function mailRecord(mail: ParsedMail, envelope: MailEnvelope, at: Date, id: string): SinkRecord {
  // mailparser gives a text of its own for a mail with an HTML part only.
  const text = cut((mail.text ?? '').replace(/\r\n/g, '\n').trimEnd());
  const references = mail.references === undefined ? [] : ([] as string[]).concat(mail.references);
  const subject = mail.subject ?? null;
  const messageId = mail.messageId ?? null;
  const inReplyTo = mail.inReplyTo ?? null;
  return {
    id,
    at: at.toISOString(),
    channel: 'email',
    via: 'smtp',
    from: mail.from?.value[0]?.address ?? envelope.from,
    to: envelope.to,
    subject,
    text,
    messageId,
    inReplyTo,
    references,
    inquiryReferences: mailInquiryReferences({ messageId, inReplyTo, references, subject, text }),
  };
}
