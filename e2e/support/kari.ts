import { OutgoingMail, SentMail, sendMail } from '../../tools/demo/channels/send-mail';
import type { E2eSystem } from './e2e-system';

/** Kari Nordmann's address in this system's run alone (the pipeline's id keeps other files' mail apart). */
export const kariAddress = (system: E2eSystem): string => `kari.nordmann.${system.pipeline.id}@example.no`;

/** Kari's mail to the support mailbox, over SMTP, as her mail server would deliver it. */
export function mailFromKari(system: E2eSystem, mail: Pick<OutgoingMail, 'subject' | 'text' | 'attachments'>): Promise<SentMail> {
  return sendMail(
    { host: '127.0.0.1', port: system.smtpPort },
    { fromName: 'Kari Nordmann', from: kariAddress(system), to: 'brukerservice@altinn.example', ...mail },
  );
}
