import { createHash } from 'node:crypto';
import { isEmail } from 'class-validator';
import { simpleParser } from 'mailparser';
import { Inquiry, Language, Languages, MaxBodyLength } from '@inquiry-router/contracts';
import { findReference, inquiryIdFor } from '@inquiry-router/intake';
import { automaticMailReason } from './automatic-mail';

/** What the SMTP session knows besides the message itself. */
export interface MailEnvelope {
  /** MAIL FROM; '' for the null sender. */
  from: string;
  /** The accepted support mailboxes (RCPT TO), in order. */
  to: string[];
}

export interface MailFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

export type ReadMail =
  | { kind: 'automatic'; reason: string }
  | {
      kind: 'inquiry';
      /** The inquiry, without attachments (they are stored first, then described on it). */
      inquiry: Omit<Inquiry, 'attachments'>;
      files: MailFile[];
      /** The original Message-ID (with angle brackets), for the acknowledgement's In-Reply-To. */
      messageId: string | null;
      bodyTruncated: boolean;
    };

export class UnreadableMail extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnreadableMail';
  }
}

const MaxAttachments = 50; // the contract's ArrayMaxSize
const NameMax = 200;
const SubjectMax = 1000;
const ourMessageId = /^<?(IR-[A-Z2-9]{12})@inquiry-router>?$/i;

/**
 * Turns a raw RFC 5322 message into an inquiry: decodes MIME and encoded words, takes the text
 * part or readable text made from the HTML, and works out the thread. Quoted replies stay in the
 * body on purpose (the classifier strips them and advisers may want them).
 */
export async function readMail(raw: Buffer, envelope: MailEnvelope, receivedAt: Date): Promise<ReadMail> {
  let mail;
  try {
    mail = await simpleParser(raw, { skipImageLinks: true, maxHtmlLengthToParse: MaxBodyLength * 20 });
  } catch (error) {
    throw new UnreadableMail(`message could not be parsed as MIME (${(error as Error).message.slice(0, 120)})`);
  }
  const header = (name: string): string | undefined => {
    const lines = mail.headerLines.filter((h) => h.key === name);
    if (lines.length === 0) return undefined;
    return lines
      .map((h) =>
        h.line
          .slice(h.line.indexOf(':') + 1)
          .replace(/\r?\n[ \t]+/g, ' ')
          .trim(),
      )
      .join(', ');
  };
  const automatic = automaticMailReason({ envelopeFrom: envelope.from, header });
  if (automatic) return { kind: 'automatic', reason: automatic };

  const author = mail.from?.value.find((a) => a.address && isAddress(a.address));
  const email = author?.address ?? (isAddress(envelope.from) ? envelope.from : undefined);
  if (!email) throw new UnreadableMail('neither From nor the envelope sender is a usable email address');
  const name = clean(author?.name).trim().slice(0, NameMax) || undefined;

  const messageId = clean(firstOf(mail.messageId)).trim() || null;
  const id = inquiryIdFor('email', messageId ?? `sha256:${createHash('sha256').update(raw).digest('hex')}`);
  const subject = clean(mail.subject).trim().slice(0, SubjectMax) || undefined;

  const text = clean(mail.text).replace(/\r\n?/g, '\n').trim();
  const { body, truncated } = limitBody(text || subject || '(ingen tekst i e-posten)');

  const files: MailFile[] = mail.attachments.slice(0, MaxAttachments).map((a, i) => ({
    filename: (clean(a.filename).trim() || `vedlegg-${i + 1}`).slice(0, 255),
    contentType: (clean(a.contentType).trim() || 'application/octet-stream').slice(0, 255),
    content: a.content,
  }));

  return {
    kind: 'inquiry',
    inquiry: {
      id,
      channel: 'email',
      receivedAt: receivedAt.toISOString(),
      from: { name, email },
      to: envelope.to[0],
      subject,
      body,
      language: languageOf(header('content-language')),
      threadRef:
        threadOf(subject, clean(firstOf(mail.inReplyTo)) || undefined, ([] as unknown[]).concat(mail.references ?? []).map(clean)) ??
        undefined,
    },
    files,
    messageId,
    bodyTruncated: truncated,
  };
}

/**
 * The earlier inquiry this mail continues: our reference number in the subject (people keep it
 * when they reply), else the message it answers. A reply to our own acknowledgement names
 * `<IR-…@inquiry-router>`, which is the inquiry itself; any other message id maps to the inquiry
 * that message became. The thread's first message (References[0]) is preferred over the direct
 * parent, so a long thread keeps joining the same inquiry.
 */
export function threadOf(
  subject: string | undefined,
  inReplyTo: string | undefined,
  references: string | string[] | undefined,
): string | null {
  const fromSubject = findReference(subject);
  if (fromSubject) return fromSubject;
  const ids = [...(typeof references === 'string' ? references.split(/\s+/) : (references ?? [])), ...(inReplyTo ? [inReplyTo] : [])]
    .map((r) => r.trim())
    .filter(Boolean);
  for (const ref of ids) {
    const ours = ourMessageId.exec(ref);
    if (ours) return ours[1].toUpperCase();
  }
  const root = ids[0];
  return root ? inquiryIdFor('email', root) : null;
}

const TruncationMarker = (length: number) => `\n\n[… avkortet: e-posten var ${length} tegn lang; resten er ikke tatt med]`;

export function limitBody(text: string): { body: string; truncated: boolean } {
  if (text.length <= MaxBodyLength) return { body: text, truncated: false };
  const marker = TruncationMarker(text.length);
  return { body: text.slice(0, MaxBodyLength - marker.length) + marker, truncated: true };
}

function languageOf(contentLanguage: string | undefined): Language | undefined {
  const tag = contentLanguage?.split(',')[0].trim().toLowerCase().split('-')[0];
  if (tag === 'no') return 'nb';
  return (Languages as readonly string[]).includes(tag ?? '') ? (tag as Language) : undefined;
}

// Control characters (NUL above all, which Postgres text refuses) say nothing to a reader and
// would make the inquiry unstorable downstream; tabs and line breaks stay.
function firstOf(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

// mailparser's fields are not always strings for odd input (a repeated Subject gives an array).
function clean(value: unknown): string {
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- any other value is kept as String() gives it, as before
  const text = Array.isArray(value) ? value.map(String).join(' ') : typeof value === 'string' ? value : value == null ? '' : String(value);
  // eslint-disable-next-line no-control-regex -- removing control characters is what this line is for
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

// The contract's own check, so the inquiry is never refused later by a consumer.
function isAddress(value: string): boolean {
  return value.length <= 320 && isEmail(value);
}
