import { demoContacts, demoPerson } from '../demo/demo-mix';

/** The ways a contact comes in: the three channel adapters and the workdesk's intake API. */
export type Entrance = 'email' | 'phone' | 'social' | 'intake';

/** One contact the harness sends: through which entrance, and the text it carries. */
export interface PlannedContact {
  /** The contact's own marker, written into its text, by which its inquiry rows are found. */
  key: string;
  n: number;
  entrance: Entrance;
  /** For social: which network's webhook. */
  network: 'facebook' | 'instagram' | 'x';
  /** For phone: the number called and the menu choice. */
  to: string;
  choice: '1' | '2' | '3' | '4';
  subject: string;
  text: string;
  person: { name: string; email: string; phone: string };
}

/** Of every twenty contacts: 8 mails, 4 calls, 5 social messages, 3 through the workdesk intake. */
const entrances: Entrance[] = [
  ...Array<Entrance>(8).fill('email'),
  ...Array<Entrance>(4).fill('phone'),
  ...Array<Entrance>(5).fill('social'),
  ...Array<Entrance>(3).fill('intake'),
];
const interleaved = entrances.map((_, i) => entrances[(i * 7) % entrances.length]);

/** A contact marker: the run's id and the contact's number, letters and digits a channel keeps as they are. */
export function contactKey(runId: string, n: number): string {
  return `fh${runId}x${n}`;
}

/** Finds contact markers of a run in stored text (as SQL `substring(... from pattern)` and in JS). */
export const contactKeyPattern = 'fh[0-9a-f]{6}x[0-9]+';

/**
 * The n-th contact of a run: the demo's realistic texts (first line, second line, service desk
 * and agency matters), each with its marker, through the entrances in a fixed mix.
 */
export function plannedContact(runId: string, n: number): PlannedContact {
  const key = contactKey(runId, n);
  const sample = demoContacts[n % demoContacts.length];
  const entrance = interleaved[n % interleaved.length];
  const text = sample.channel === 'phone' ? sample.speech : sample.text;
  const { name, email, phone } = demoPerson(n);
  return {
    key,
    n,
    entrance,
    network: (['facebook', 'instagram', 'x'] as const)[n % 3],
    to: sample.channel === 'phone' ? sample.to : '+4775006000',
    choice: sample.channel === 'phone' ? sample.choice : '4',
    subject: sample.channel === 'email' ? `${sample.subject} (${key})` : `Henvendelse ${key}`,
    text: `${text} Saksmerke ${key}.`,
    person: { name, email, phone },
  };
}
