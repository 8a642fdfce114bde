import { createTransport, Transporter } from 'nodemailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport';

/** How long a relay may take to connect, to greet, and between bytes (ms); one number sets all three. */
export type RelayTimeouts = number | { connectionMs: number; greetingMs: number; socketMs: number };

/**
 * The SMTP relay (SMTP_RELAY_URL) every app that sends mail goes through, or null when none is
 * set. Always bounded by timeouts: nodemailer's own defaults let a relay that accepts and never
 * answers hold a send for minutes. Built as a transport of its own, because
 * `createTransport(url, …)` takes its second argument as message defaults, not connection options.
 */
export function smtpRelay(url: string | undefined, timeouts: RelayTimeouts, defaults?: { from: string }): Transporter | null {
  if (!url) return null;
  const t = typeof timeouts === 'number' ? { connectionMs: timeouts, greetingMs: timeouts, socketMs: timeouts } : timeouts;
  const relay = new SMTPTransport({ url, connectionTimeout: t.connectionMs, greetingTimeout: t.greetingMs, socketTimeout: t.socketMs });
  return createTransport(relay, defaults);
}
