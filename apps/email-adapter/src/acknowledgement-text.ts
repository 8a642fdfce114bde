import type { Language } from '@inquiry-router/contracts';

export interface AcknowledgementText {
  subject: string;
  text: string;
}

/**
 * The receipt the sender gets. The reference number sits in the subject in brackets, so a reply
 * that keeps the subject joins the same inquiry. The expected answer time is a fixed promise for
 * now; due times from opening hours come later.
 */
export function acknowledgementText(reference: string, language: Language): AcknowledgementText {
  switch (language) {
    case 'nn':
      return {
        subject: `Vi har motteke førespurnaden din [${reference}]`,
        text: [
          'Hei,',
          '',
          `takk for at du tok kontakt. Vi har motteke førespurnaden din, og referansenummeret er ${reference}.`,
          'Du får svar innan to arbeidsdagar.',
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
          'You will get an answer within two working days.',
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
          'Du får svar innen to virkedager.',
          '',
          'Svar på denne e-posten (eller ta med referansenummeret i emnefeltet) hvis du vil legge til noe.',
          '',
          'Vennlig hilsen',
          'Brukerservice',
        ].join('\n'),
      };
  }
}
