import type { Transporter } from 'nodemailer';
import { smtpRelay } from '@inquiry-router/runtime';
import type { EmailAdapterEnv } from '../email-adapter.env';

/** The outbound relay for acknowledgements and outbound messages, bounded by the SMTP_*_TIMEOUT_MS settings; null when none is set. */
export function relayTransport(env: EmailAdapterEnv): Transporter | null {
  return smtpRelay(
    env.SMTP_RELAY_URL,
    { connectionMs: env.SMTP_CONNECTION_TIMEOUT_MS, greetingMs: env.SMTP_GREETING_TIMEOUT_MS, socketMs: env.SMTP_SOCKET_TIMEOUT_MS },
    { from: env.SUPPORT_REPLY_FROM },
  );
}
