import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { isEmail } from 'class-validator';
import { AddressObject, AttachmentStream, HeaderLines, Headers, MailParser, MessageText } from 'mailparser';
import {
  Inquiry,
  inquiryOfMessageId,
  InquiryReferenceSource,
  isLanguage,
  Language,
  MaxAttachmentContentTypeLength,
  MaxAttachmentFilenameLength,
  MaxAttachments,
  MaxBodyLength,
  MaxEmailAddressLength,
  MaxSenderNameLength,
  MaxSubjectLength,
  NamedError,
  withoutControlCharacters,
} from '@inquiry-router/contracts';
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
  /** Decoded size in bytes. */
  size: number;
  /** The content; null when it was over the attachment limit (not kept). */
  content: Buffer | null;
}

export type ReadMail =
  | { kind: 'automatic'; reason: string; bytes: number }
  | {
      kind: 'inquiry';
      /** The inquiry, without attachments (they are stored first, then described on it). */
      inquiry: Omit<Inquiry, 'attachments'>;
      files: MailFile[];
      /** The original Message-ID (with angle brackets), for the acknowledgement's In-Reply-To. */
      messageId: string | null;
      bodyTruncated: boolean;
    };

export class UnreadableMail extends NamedError {}

const inquiryReference = new RegExp(`^${InquiryReferenceSource}$`);

/**
 * Turns a raw RFC 5322 message into an inquiry: decodes MIME and encoded words, takes the text
 * part or readable text made from the HTML, and works out the thread. Quoted replies stay in the
 * body on purpose (the classifier strips them and advisers may want them). The message is parsed
 * as it arrives, never held whole; an attachment's content is kept only up to
 * `maxAttachmentBytes` (a bigger one is counted and described).
 */
export async function readMail(
  source: Readable | Buffer,
  envelope: MailEnvelope,
  receivedAt: Date,
  maxAttachmentBytes = Infinity,
): Promise<ReadMail> {
  const mail = await parseMail(source, maxAttachmentBytes);
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
  if (automatic) return { kind: 'automatic', reason: automatic, bytes: mail.bytes };

  const author = mail.from?.value.find((a) => a.address && isAddress(a.address));
  const email = author?.address ?? (isAddress(envelope.from) ? envelope.from : undefined);
  if (!email) throw new UnreadableMail('neither From nor the envelope sender is a usable email address');
  const name = clean(author?.name).trim().slice(0, MaxSenderNameLength) || undefined;

  const messageId = clean(firstOf(mail.messageId)).trim() || null;
  const id = inquiryIdFor('email', messageId ?? `sha256:${mail.sha256}`);
  const subject = clean(mail.subject).trim().slice(0, MaxSubjectLength) || undefined;

  const text = clean(mail.text).replace(/\r\n?/g, '\n').trim();
  const { body, truncated } = limitBody(text || subject || '(ingen tekst i e-posten)');

  const files: MailFile[] = mail.attachments.map((a, i) => ({
    filename: (clean(a.filename).trim() || `vedlegg-${i + 1}`).slice(0, MaxAttachmentFilenameLength),
    contentType: (clean(a.contentType).trim() || 'application/octet-stream').slice(0, MaxAttachmentContentTypeLength),
    size: a.size,
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

interface ParsedMail {
  headerLines: HeaderLines;
  from: AddressObject | undefined;
  subject: unknown;
  messageId: unknown;
  inReplyTo: unknown;
  references: unknown;
  text: unknown;
  attachments: { filename: unknown; contentType: unknown; size: number; content: Buffer | null }[];
  /** Raw size, and the hash of the raw message (the id of a message without Message-ID). */
  bytes: number;
  sha256: string;
}

/**
 * Runs the message through mailparser as it comes. Unlike its `simpleParser`, attachment content
 * over the limit (and of attachments past the contract's 50) is counted, not kept. A failure of
 * the source (the connection dropped, the size limit) is passed on as it is; one of the parser
 * means the message is not MIME we can read.
 */
function parseMail(source: Readable | Buffer, maxAttachmentBytes: number): Promise<ParsedMail> {
  return new Promise((resolve, reject) => {
    // The text is read, never its HTML rendering (which would run every body through a linkifier).
    const parser = new MailParser({ skipImageLinks: true, skipTextToHtml: true, maxHtmlLengthToParse: MaxBodyLength * 20 });
    const hash = createHash('sha256');
    let bytes = 0;
    let headers: Headers = new Map();
    let text: unknown;
    const attachments: ParsedMail['attachments'] = [];
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      parser.destroy();
      reject(error);
    };
    parser.on('error', (error: Error) => fail(new UnreadableMail(`message could not be parsed as MIME (${error.message.slice(0, 120)})`)));
    parser.on('headers', (h) => (headers = h));
    parser.on('data', (data: AttachmentStream | MessageText) => {
      if (data.type === 'text') {
        text = data.text;
        return;
      }
      const keep = attachments.length < MaxAttachments;
      const chunks: Buffer[] = [];
      let size = 0;
      data.content.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (keep && size <= maxAttachmentBytes) chunks.push(chunk);
      });
      data.content.on('end', () => {
        if (keep)
          attachments.push({
            filename: data.filename,
            contentType: data.contentType,
            size,
            content: size <= maxAttachmentBytes ? Buffer.concat(chunks, size) : null,
          });
        data.release?.();
      });
    });
    parser.on('end', () => {
      if (settled) return;
      settled = true;
      resolve({
        headerLines: parser.headerLines || [],
        from: headers.get('from') as AddressObject | undefined,
        subject: headers.get('subject'),
        messageId: headers.get('message-id'),
        inReplyTo: headers.get('in-reply-to'),
        references: headers.get('references'),
        text,
        attachments,
        bytes,
        sha256: hash.digest('hex'),
      });
    });
    const count = (chunk: Buffer) => {
      hash.update(chunk);
      bytes += chunk.length;
    };
    if (Buffer.isBuffer(source)) {
      count(source);
      parser.end(source);
    } else {
      source.once('error', fail);
      source.on('data', count);
      source.pipe(parser);
    }
  });
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
    const ours = inquiryOfMessageId(ref)?.toUpperCase();
    if (ours && inquiryReference.test(ours)) return ours;
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
  return isLanguage(tag) ? tag : undefined;
}

function firstOf(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

// mailparser's fields are not always strings for odd input (a repeated Subject gives an array).
function clean(value: unknown): string {
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- any other value is kept as String() gives it, as before
  const text = Array.isArray(value) ? value.map(String).join(' ') : typeof value === 'string' ? value : value == null ? '' : String(value);
  return withoutControlCharacters(text);
}

// The contract's own check, so the inquiry is never refused later by a consumer.
function isAddress(value: string): boolean {
  return value.length <= MaxEmailAddressLength && isEmail(value);
}
