import { DataSource } from 'typeorm';
import { seededRandom } from '@inquiry-router/seeded-random';

/** A theme people write about: its category, the ways they say it, and the page that answers it (if any). */
export interface QuestionTheme {
  name: string;
  category: string;
  /** Ways of saying the core of the question; each question uses one, with an opener and a closer around it. */
  phrasings: string[];
  /** A keyword that is surely among the labels of its cluster. */
  labelWord: string;
}

export const themes: QuestionTheme[] = [
  {
    name: 'bankid',
    category: 'login',
    labelWord: 'bankid',
    phrasings: [
      'får ikke logget inn med BankID',
      'BankID feiler når jeg logger inn',
      'innlogging med BankID gir feilmelding',
      'BankID på mobil virker ikke ved innlogging',
      'kan ikke logge inn, BankID henger',
    ],
  },
  {
    name: 'minid-password',
    category: 'login',
    labelWord: 'minid',
    phrasings: [
      'har glemt passordet til MinID',
      'MinID passord må tilbakestilles',
      'nytt passord til MinID kommer ikke på SMS',
      'MinID sperret etter feil passord',
    ],
  },
  {
    name: 'attachment-upload',
    category: 'attachments',
    labelWord: 'vedlegg',
    phrasings: [
      'vedlegget lastes ikke opp',
      'får ikke lastet opp vedlegg i PDF',
      'opplasting av vedlegg stopper',
      'vedlegg forsvinner etter opplasting',
    ],
  },
  {
    name: 'attachment-size',
    category: 'attachments',
    labelWord: 'størrelse',
    phrasings: [
      'filen er for stor, hva er største tillatte størrelse',
      'maks størrelse på filen er for liten',
      'filen avvises på grunn av størrelse',
      'hvor stor fil kan jeg sende, størrelse over grensen',
    ],
  },
  {
    name: 'accountant-authorisation',
    category: 'roles-rights',
    labelWord: 'regnskapsfører',
    phrasings: [
      'hvordan gir jeg fullmakt til regnskapsfører',
      'regnskapsfører mangler fullmakt for firmaet',
      'fullmakt til regnskapsføreren vises ikke',
      'vil gi regnskapsfører tilgang med fullmakt',
    ],
  },
  {
    name: 'role-request',
    category: 'roles-rights',
    labelWord: 'rolle',
    phrasings: [
      'be om rolle for å se meldinger fra virksomheten',
      'mangler rolle i virksomheten, hvem tildeler rolle',
      'daglig leder må gi meg rolle',
      'hvordan få rolle hos arbeidsgiver',
    ],
  },
];

/** Pages in the catalogue: one for each theme but `accountant-authorisation`, which is the gap. */
export const pagesFor: Record<string, { title: string; keywords: string[] }> = {
  bankid: { title: 'Logge inn med BankID', keywords: ['bankid', 'innlogging', 'feilmelding'] },
  'minid-password': { title: 'Glemt passord til MinID', keywords: ['minid', 'passord', 'sms'] },
  'attachment-upload': { title: 'Laste opp vedlegg', keywords: ['vedlegg', 'opplasting', 'pdf'] },
  'attachment-size': { title: 'Hvor store filer kan jeg sende?', keywords: ['størrelse', 'fil', 'grense'] },
  'role-request': { title: 'Be om en rolle i virksomheten', keywords: ['rolle', 'virksomhet', 'daglig leder'] },
};

const openers = ['Hei,', 'Hallo.', 'God dag!', '', 'Hei der,', 'Heisann,'];
const closers = ['Takk for hjelpen.', 'Mvh Kari', 'Hilsen Ola', '', 'Hva gjør jeg nå?', 'Kan dere hjelpe?'];
const syllables = ['ka', 'lo', 'mi', 've', 'stu', 'ran', 'bel', 'tor', 'vik', 'sen', 'dal', 'fjo', 'gri', 'hus'];

/** A seeded generator: the same seed, the same history (the end-to-end tests draw from it too). */
export const seeded = seededRandom;

/** One generated contact, and what the test knows of it. */
export interface GeneratedContact {
  id: string;
  category: string;
  theme: string | null;
  text: string;
  receivedAt: Date;
  resolved: boolean;
  /** Handled by an adviser: accepted 10 minutes after it came, resolved `handleMinutes` later. */
  handleMinutes: number;
  inquirerId: string | null;
  threadId: string;
}

/** A question of a theme: an opener, one of its phrasings, a closer. */
export function questionOf(theme: QuestionTheme, random: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  return [pick(openers), pick(theme.phrasings), pick(closers)].filter(Boolean).join(' ');
}

/** A question like no other: three made-up words of four syllables (what the support also gets: one-off matters). */
export function noiseQuestion(random: () => number): string {
  const word = () => Array.from({ length: 4 }, () => syllables[Math.floor(random() * syllables.length)]).join('');
  return `Hei, gjelder ${word()} ${word()} ${word()}?`;
}

/**
 * Writes contacts straight into the tables the workdesk reads (inquiries, their decisions and
 * history, their persons), as the router and the advisers leave them.
 */
export async function recordContacts(db: DataSource, contacts: readonly GeneratedContact[]): Promise<void> {
  const persons = [...new Set(contacts.map((c) => c.inquirerId).filter((id): id is string => id !== null))];
  if (persons.length > 0)
    await db.query(`INSERT INTO inquirers (id, last_contact_at) SELECT unnest($1::uuid[]), now() ON CONFLICT DO NOTHING`, [persons]);
  for (let i = 0; i < contacts.length; i += 2000) {
    const batch = contacts.slice(i, i + 2000).map((c) => ({
      id: c.id,
      received_at: c.receivedAt.toISOString(),
      body: c.text,
      thread_id: c.threadId,
      status: c.resolved ? 'resolved' : 'queued',
      inquirer_id: c.inquirerId,
      category: c.category,
      accepted_at: new Date(c.receivedAt.getTime() + 10 * 60_000).toISOString(),
      resolved_at: new Date(c.receivedAt.getTime() + (10 + c.handleMinutes) * 60_000).toISOString(),
    }));
    const rows = JSON.stringify(batch);
    await db.query(
      `INSERT INTO inquiries (id, channel, received_at, sender, to_address, body, thread_id, status, inquirer_id)
       SELECT x.id, 'email', x.received_at, '{}'::jsonb, 'brukerservice@altinn.example', x.body, x.thread_id, x.status, x.inquirer_id
         FROM jsonb_to_recordset($1::jsonb) AS x(id text, received_at timestamptz, body text, thread_id text, status text, inquirer_id uuid)`,
      [rows],
    );
    await db.query(
      `INSERT INTO routing_decisions (inquiry_id, target, kind, category, confidence, reasons, policy_version, decided_at)
       SELECT x.id, 'first-line', 'technical', x.category, 0.9, '[]'::jsonb, 'test', x.received_at
         FROM jsonb_to_recordset($1::jsonb) AS x(id text, category text, received_at timestamptz)`,
      [rows],
    );
    await db.query(
      `INSERT INTO inquiry_history (inquiry_id, at, event, actor, details)
       SELECT x.id, e.at, e.event, 'adviser', '{}'::jsonb
         FROM jsonb_to_recordset($1::jsonb) AS x(id text, status text, accepted_at timestamptz, resolved_at timestamptz)
         CROSS JOIN LATERAL (VALUES ('accepted', x.accepted_at), ('resolved', x.resolved_at)) AS e(event, at)
        WHERE x.status = 'resolved'`,
      [rows],
    );
  }
}
