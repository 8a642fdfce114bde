import type { WhenClosed } from './channels/call-phone';

/**
 * What `npm run demo` sends: contacts as the portal's user support gets them, through each real
 * channel — mostly email, then calls and social messages; mostly bokmål, some nynorsk and English;
 * login trouble for the first line, errors for the second, access and test environments for the
 * service desk, and questions that belong to an agency (tax, benefits, the company registers).
 * Callers who find the support closed take the call-back offer or leave a voicemail (`whenClosed`);
 * one hides the number, and so leaves a voicemail.
 */
export type DemoContact =
  | { channel: 'email'; to: string; subject: string; text: string; language?: string; attachment?: string }
  | {
      channel: 'phone';
      to: string;
      choice: '1' | '2' | '3' | '4';
      speech: string;
      whenClosed: WhenClosed;
      /** Calls with the number withheld (Twilio says `anonymous`). */
      hidesNumber?: boolean;
    }
  | { channel: 'social'; network: 'facebook' | 'instagram' | 'x'; text: string };

const support = 'brukerservice@altinn.example';
const servicedesk = 'servicedesk@altinn.example';
const supportNumber = '+4775006000';
const servicedeskNumber = '+4775006099';

export const demoContacts: DemoContact[] = [
  {
    channel: 'email',
    to: support,
    subject: 'Får ikke logget inn',
    text: 'Hei,\n\njeg får ikke logget inn i portalen med BankID. Det står bare at noe gikk galt. Hva gjør jeg?\n\nHilsen',
  },
  {
    channel: 'email',
    to: support,
    subject: 'Skattemeldingen',
    text: 'Hei. Jeg lurer på om jeg kan trekke fra reiseutgifter til jobb i skattemeldingen for i fjor, og hvor jeg fører det inn.',
  },
  {
    channel: 'phone',
    to: supportNumber,
    choice: '1',
    speech: 'jeg kommer ikke inn i portalen, det står at jeg ikke har tilgang til virksomheten',
    whenClosed: 'callback',
  },
  {
    channel: 'social',
    network: 'facebook',
    text: 'Hei! Får feilkode 500 når jeg prøver å sende inn skjemaet, har prøvd tre ganger i dag.',
  },
  {
    channel: 'email',
    to: servicedesk,
    subject: 'Tilgang til testmiljøet',
    text: 'Hei,\n\nvi er et systemleverandørfirma og trenger tilgang til testmiljøet for å teste innsending via API. Hvordan bestiller vi det?\n\nMvh\nUtviklingsteamet',
  },
  {
    channel: 'phone',
    to: supportNumber,
    choice: '2',
    speech: 'jeg har spørsmål om sykepengene mine, de er ikke utbetalt enda',
    whenClosed: 'voicemail',
  },
  {
    channel: 'email',
    to: support,
    subject: 'Rolle i selskapet',
    text: 'Hei, jeg er ny daglig leder og får ikke delegert rettigheter til regnskapsføreren vår. Hvem kan gi meg rollen?',
    attachment: 'skjermbilde.pdf',
  },
  { channel: 'social', network: 'instagram', text: 'Korleis endrar eg adressa mi i einingsregisteret for enkeltpersonføretaket mitt?' },
  {
    channel: 'email',
    to: support,
    subject: 'Cannot log in',
    text: 'Hello, I am a foreign worker without a Norwegian ID number. How can I log in to the portal to see my tax deduction card?',
    language: 'en',
  },
  {
    channel: 'phone',
    to: servicedeskNumber,
    choice: '4',
    speech: 'vi får feil i integrasjonen mot API-et, sertifikatet blir avvist siden i morges',
    whenClosed: 'callback',
    hidesNumber: true,
  },
  { channel: 'social', network: 'x', text: 'Portalen er nede? Får bare en hvit side når jeg logger inn.' },
  {
    channel: 'email',
    to: support,
    subject: 'A-melding avvist',
    text: 'Hei. A-meldingen for mars ble avvist med en feilmelding om ugyldig arbeidsforhold. Hva betyr det og hvordan retter vi det?',
  },
  {
    channel: 'phone',
    to: supportNumber,
    choice: '3',
    speech: 'hei dette er Ola, jeg har ikke fått svar på meldingen jeg sendte forrige uke, ring meg tilbake',
    whenClosed: 'callback',
  },
  {
    channel: 'email',
    to: support,
    subject: 'Dagpenger',
    text: 'Hei, når får jeg svar på søknaden min om dagpenger? Jeg sendte den inn for tre uker siden.',
  },
  { channel: 'social', network: 'facebook', text: 'Hvorfor får jeg ikke signert dokumentet? Knappen for å signere er grå.' },
  {
    channel: 'email',
    to: support,
    subject: 'Meldingsboksen',
    text: 'Hei,\n\njeg finner ikke brevet fra kommunen i innboksen min i portalen, selv om jeg fikk varsel på SMS. Hvor blir det av?',
  },
];

const firstNames = ['Kari', 'Ola', 'Ingrid', 'Lars', 'Aisha', 'Mohammed', 'Sigrid', 'Jonas', 'Nora', 'Piotr', 'Åse', 'Øyvind'];
const lastNames = ['Nordmann', 'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Berg', 'Haugen', 'Nowak', 'Ali', 'Østbø'];

/** A made-up person for the n-th contact: a name, an email address and a Norwegian mobile number. */
export function demoPerson(n: number): { name: string; email: string; phone: string; handle: string } {
  const first = firstNames[n % firstNames.length];
  const last = lastNames[(n * 7) % lastNames.length];
  const ascii = (s: string) => s.toLowerCase().replace(/å/g, 'aa').replace(/ø/g, 'o').replace(/æ/g, 'ae');
  return {
    name: `${first} ${last}`,
    email: `${ascii(first)}.${ascii(last)}.${n}@example.no`,
    phone: `+479${String(1000000 + ((n * 7919) % 8999999)).padStart(7, '0')}`,
    handle: String(2_000_000_000 + n * 104_729 + Math.floor(Math.random() * 1000)),
  };
}
