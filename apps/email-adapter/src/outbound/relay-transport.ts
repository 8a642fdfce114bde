import { createTransport, Transporter } from 'nodemailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { EmailAdapterEnv } from '../email-adapter.env';

/**
 * The outbound relay (SMTP_RELAY_URL) for acknowledgements and outbound messages, or null when
 * none is set. Bounded by the SMTP_*_TIMEOUT_MS settings, as nodemailer's own defaults would let a
 * relay that accepts and never answers hold a send for minutes. (Built as a transport of its own:
 * `createTransport(url, …)` takes its second argument as message defaults, not connection options.)
 */
export function relayTransport(env: EmailAdapterEnv): Transporter | null {
  if (!env.SMTP_RELAY_URL) return null;
  const relay = new SMTPTransport({
    url: env.SMTP_RELAY_URL,
    connectionTimeout: env.SMTP_CONNECTION_TIMEOUT_MS,
    greetingTimeout: env.SMTP_GREETING_TIMEOUT_MS,
    socketTimeout: env.SMTP_SOCKET_TIMEOUT_MS,
  });
  return createTransport(relay, { from: env.SUPPORT_REPLY_FROM });
}
