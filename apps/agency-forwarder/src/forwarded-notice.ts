import type { Language } from '@inquiry-router/contracts';

export interface ForwardedNotice {
  subject: string;
  body: string;
}

/**
 * What the inquirer is told, in their language, when their inquiry has reached the agency: which
 * agency, and why — the portal's user support answers questions about the portal itself, while
 * the agency answers questions about its own subject matter and services.
 */
export function forwardedNotice(language: Language, agencyName: string, reference: string): ForwardedNotice {
  switch (language) {
    case 'nn':
      return {
        subject: `Spørsmålet ditt er sendt vidare til ${agencyName} [${reference}]`,
        body: [
          'Hei,',
          '',
          `vi har sendt spørsmålet ditt (referanse ${reference}) vidare til ${agencyName}.`,
          `Spørsmålet gjeld fagområdet eller tenestene til ${agencyName}, og det er ${agencyName} som kan svare på det.`,
          'Brukarstøtta for portalen svarar på spørsmål om korleis portalen verkar, som innlogging, skjema og innboks.',
          '',
          `Du får svaret frå ${agencyName} her. Du treng ikkje sende spørsmålet på nytt.`,
        ].join('\n'),
      };
    case 'en':
      return {
        subject: `Your question has been passed on to ${agencyName} [${reference}]`,
        body: [
          'Hello,',
          '',
          `we have passed your question (reference ${reference}) on to ${agencyName}.`,
          `It concerns ${agencyName}'s own subject matter or services, which only ${agencyName} can answer.`,
          "The portal's user support answers questions about how the portal works, such as logging in, forms and the inbox.",
          '',
          `You will receive ${agencyName}'s answer here. There is no need to send your question again.`,
        ].join('\n'),
      };
    default:
      return {
        subject: `Spørsmålet ditt er sendt videre til ${agencyName} [${reference}]`,
        body: [
          'Hei,',
          '',
          `vi har sendt spørsmålet ditt (referanse ${reference}) videre til ${agencyName}.`,
          `Spørsmålet gjelder fagområdet eller tjenestene til ${agencyName}, og det er ${agencyName} som kan svare på det.`,
          'Brukerstøtten for portalen svarer på spørsmål om hvordan portalen virker, som innlogging, skjemaer og innboks.',
          '',
          `Du får svaret fra ${agencyName} her. Du trenger ikke sende spørsmålet på nytt.`,
        ].join('\n'),
      };
  }
}
