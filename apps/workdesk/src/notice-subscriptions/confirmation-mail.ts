import { Injectable } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { DomainError, type Language } from '@inquiry-router/contracts';
import { smtpRelay } from '@inquiry-router/runtime';
import { WorkdeskEnv } from '../workdesk.env';

const texts = {
  subject: {
    nb: 'Bekreft abonnement på driftsmeldinger',
    nn: 'Stadfest abonnement på driftsmeldingar',
    en: 'Confirm your subscription to service notices',
  },
  body: {
    nb: 'Noen (forhåpentlig du) ba om driftsmeldinger fra portalen til denne adressen. Åpne lenken og trykk «Bekreft» for å starte abonnementet:',
    nn: 'Nokon (forhåpentleg du) bad om driftsmeldingar frå portalen til denne adressa. Opne lenkja og trykk «Stadfest» for å starte abonnementet:',
    en: 'Someone (hopefully you) asked for service notices from the portal to this address. Open the link and press "Confirm" to start the subscription:',
  },
  webhook: {
    nb: 'Meldingene sendes som signerte webhooks til',
    nn: 'Meldingane blir sende som signerte webhooks til',
    en: 'The notices will be sent as signed webhooks to',
  },
  ignore: {
    nb: 'Ba du ikke om dette, kan du se bort fra e-posten: uten bekreftelse sendes ingenting.',
    nn: 'Bad du ikkje om dette, kan du sjå bort frå e-posten: utan stadfesting blir ingenting sendt.',
    en: 'If you did not ask for this, ignore this email: nothing is sent without confirmation.',
  },
} satisfies Record<string, Record<Language, string>>;

/** The confirmation mail of a self-made subscription, in its language: the link to the page that confirms it. */
export function confirmationMail(language: Language, confirmUrl: string, webhookUrl: string | null): { subject: string; text: string } {
  return {
    subject: texts.subject[language],
    text: [
      texts.body[language],
      '',
      confirmUrl,
      '',
      ...(webhookUrl ? [`${texts.webhook[language]} ${webhookUrl}`, ''] : []),
      texts.ignore[language],
    ].join('\n'),
  };
}

/** Sends confirmation mails through the SMTP relay; a failure is `unavailable` (nothing was subscribed). */
@Injectable()
export class ConfirmationMailSender {
  private readonly transport: Transporter | null;

  constructor(private readonly env: WorkdeskEnv) {
    this.transport = smtpRelay(env.SMTP_RELAY_URL, env.NOTICE_MAIL_TIMEOUT_MS);
  }

  async send(to: string, mail: { subject: string; text: string }, language: Language): Promise<void> {
    if (!this.transport) throw new DomainError('unavailable', 'confirmation mails cannot be sent now (no mail relay configured)');
    try {
      await this.transport.sendMail({
        from: this.env.NOTICE_MAIL_FROM,
        to,
        subject: mail.subject,
        text: mail.text,
        headers: { 'Content-Language': language, 'Auto-Submitted': 'auto-generated' },
      });
    } catch (error) {
      throw new DomainError('unavailable', 'the confirmation mail could not be sent; nothing was subscribed, try again later', {
        cause: error,
      });
    }
  }
}
