import { randomBytes } from 'node:crypto';
import nodemailer from 'nodemailer';
import { inquiryIdFor } from '@inquiry-router/intake';

export interface OutgoingMail {
  fromName: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  language?: string;
  attachments?: { filename: string; contentType: string; content: Buffer }[];
  /** The Date header, as the sender's mail program sets it: now, unless given. */
  date?: Date;
}

export interface SentMail {
  /** The inquiry the email adapter makes of it (derived from the Message-ID, as the adapter does). */
  inquiryId: string;
  messageId: string;
  /** The SMTP server's final reply, e.g. `250 2.0.0 Received as IR-…`. */
  response: string;
}

/** Sends one mail over plain SMTP (no TLS, no auth), as a person's mail server would deliver it. */
export async function sendMail(smtp: { host: string; port: number }, mail: OutgoingMail): Promise<SentMail> {
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: false,
    ignoreTLS: true,
    name: 'mail.example.no',
  });
  const messageId = `<${randomBytes(10).toString('hex')}@mail.example.no>`;
  try {
    const info = await transport.sendMail({
      from: { name: mail.fromName, address: mail.from },
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId,
      date: mail.date,
      headers: mail.language ? { 'Content-Language': mail.language } : undefined,
      attachments: mail.attachments,
    });
    return { inquiryId: inquiryIdFor('email', messageId), messageId, response: info.response };
  } finally {
    transport.close();
  }
}
