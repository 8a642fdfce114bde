import type { Language } from '@inquiry-router/contracts';
import { DefaultServiceLevelTargets, ExpectedAnswer, expectedAnswerText } from '@inquiry-router/opening-hours';

export interface AcknowledgementText {
  subject: string;
  text: string;
}

/**
 * The receipt the sender gets. The reference number sits in the subject in brackets, so a reply
 * that keeps the subject joins the same inquiry. The promise names the service-level target and
 * the due time it gives, counted in opening time (weekends, public holidays and ordered extended
 * hours taken into account); without one it promises the default email target in words.
 */
export function acknowledgementText(reference: string, language: Language, expected: ExpectedAnswer | null = null): AcknowledgementText {
  const { within: target, by: at } = expectedAnswerText(expected, DefaultServiceLevelTargets.email, language);
  const promise = (within: string, by: (at: string) => string) => (at ? `${within} ${target}, ${by(at)}.` : `${within} ${target}.`);
  switch (language) {
    case 'nn':
      return {
        subject: `Vi har motteke førespurnaden din [${reference}]`,
        text: [
          'Hei,',
          '',
          `takk for at du tok kontakt. Vi har motteke førespurnaden din, og referansenummeret er ${reference}.`,
          promise('Du får svar innan', (at) => `seinast ${at}`),
          '',
          'Svar på denne e-posten (eller ta med referansenummeret i emnefeltet) dersom du vil leggje til noko.',
          '',
          'Venleg helsing',
          'Brukarservice',
        ].join('\n'),
      };
    case 'en':
      return {
        subject: `We have received your inquiry [${reference}]`,
        text: [
          'Hello,',
          '',
          `thank you for contacting us. We have received your inquiry; its reference number is ${reference}.`,
          promise('You will get an answer within', (at) => `by ${at} (Norwegian time)`),
          '',
          'Reply to this email (or keep the reference number in the subject) if you want to add something.',
          '',
          'Kind regards',
          'User support',
        ].join('\n'),
      };
    default:
      return {
        subject: `Vi har mottatt henvendelsen din [${reference}]`,
        text: [
          'Hei,',
          '',
          `takk for at du tok kontakt. Vi har mottatt henvendelsen din, og referansenummeret er ${reference}.`,
          promise('Du får svar innen', (at) => `senest ${at}`),
          '',
          'Svar på denne e-posten (eller ta med referansenummeret i emnefeltet) hvis du vil legge til noe.',
          '',
          'Vennlig hilsen',
          'Brukerservice',
        ].join('\n'),
      };
  }
}
