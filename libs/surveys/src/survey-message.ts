import { IntlLocales, type Language } from '@inquiry-router/contracts';

const texts = {
  subject: { nb: 'Hvor fornøyd er du med hjelpen?', nn: 'Kor nøgd er du med hjelpa?', en: 'How satisfied are you with our help?' },
  question: {
    nb: 'Henvendelsen din ({reference}) er besvart. Hvor fornøyd er du med hjelpen du fikk, fra 1 (svært misfornøyd) til 5 (svært fornøyd)?',
    nn: 'Førespurnaden din ({reference}) er svara på. Kor nøgd er du med hjelpa du fekk, frå 1 (svært misnøgd) til 5 (svært nøgd)?',
    en: 'Your inquiry ({reference}) has been answered. How satisfied are you with the help you got, from 1 (very dissatisfied) to 5 (very satisfied)?',
  },
  how: {
    nb: 'Svar med et tall fra 1 til 5 (gjerne med en kommentar etter), eller bruk lenken:',
    nn: 'Svar med eit tal frå 1 til 5 (gjerne med ein kommentar etter), eller bruk lenkja:',
    en: 'Reply with a number from 1 to 5 (a comment after it is welcome), or use the link:',
  },
  once: {
    nb: 'Vi spør bare denne ene gangen. Lenken virker til {expires}.',
    nn: 'Vi spør berre denne eine gongen. Lenkja verkar til {expires}.',
    en: 'We ask only this once. The link works until {expires}.',
  },
} satisfies Record<string, Record<Language, string>>;

/** The one short question, in the inquirer's language: a score 1–5 by reply or through the link. */
export function surveyMessage(
  language: Language,
  survey: { reference: string; link: string; expiresAt: Date; zone: string },
): { subject: string; body: string } {
  const expires = new Intl.DateTimeFormat(IntlLocales[language], { dateStyle: 'long', timeZone: survey.zone }).format(survey.expiresAt);
  return {
    subject: texts.subject[language],
    body: [
      texts.question[language].replace('{reference}', survey.reference),
      '',
      texts.how[language],
      survey.link,
      '',
      texts.once[language].replace('{expires}', expires),
    ].join('\n'),
  };
}
