import { buildInsightsReport, type ContactFacts, type HelpPage } from '@inquiry-router/help-insights';
import { seededRandom } from '@inquiry-router/seeded-random';

export interface InsightsFigures {
  contacts: number;
  categories: number;
  clusters: number;
  /** Median of the runs, ms. */
  reportMs: number;
}

const DayMs = 86_400_000;

/**
 * Per category, the ways people ask: a storm asks one question in a few wordings thousands of
 * times, so its clusters are large, and the report must stay near linear in them (grouping a
 * cluster's members once cost the square of its size).
 */
const asked: Record<string, { share: number; questions: string[] }> = {
  login: {
    share: 0.4,
    questions: [
      'Får ikke logget inn med BankID',
      'Får ikke logget inn med BankID, får feilmelding',
      'Kan ikke logge inn med BankID',
      'Innlogging med BankID feiler',
      'Får ikke logget inn med MinID',
      'Innlogging med MinID feiler',
    ],
  },
  roles: {
    share: 0.2,
    questions: [
      'Mangler rettighet til å sende inn for firmaet',
      'Hvordan gir jeg rettighet til regnskapsfører?',
      'Mangler rolle for å sende inn for firmaet',
    ],
  },
  submission: {
    share: 0.15,
    questions: ['Skjemaet lar seg ikke sende inn', 'Får ikke sendt inn skjemaet', 'Fikk ingen kvittering etter innsending av skjemaet'],
  },
  'find-service': { share: 0.1, questions: ['Finner ikke skjemaet for MVA-melding', 'Hvor finner jeg skjemaet for A-melding?'] },
  skd: { share: 0.1, questions: ['Spørsmål om fradrag i skattemeldingen', 'Hvordan endrer jeg skattemeldingen?'] },
  nav: { share: 0.05, questions: ['Søknad om dagpenger', 'Når blir sykepengene utbetalt?'] },
};

/** Words people add around their question: the same question is rarely written the same way twice. */
const extras = ['hjelp', 'haster', 'igjen', 'i dag', 'fristen er i morgen', 'på mobil', 'på PC', 'for firmaet', 'privat', 'takk'];

const pages: HelpPage[] = [
  { id: 'bankid', url: 'https://portal.example/hjelp/bankid', title: 'Logge inn med BankID', keywords: ['innlogging'], topics: ['login'] },
  { id: 'roller', url: 'https://portal.example/hjelp/roller', title: 'Roller og rettigheter', keywords: ['rolle'], topics: ['roles'] },
  { id: 'signere', url: 'https://portal.example/hjelp/signere', title: 'Signere og sende inn', keywords: ['signere'], topics: [] },
];

/** A quarter's contacts (the longest period a report covers): 191,000 a year / 4, received in order. */
export function quarterOfContacts(count = 48_000, seed = 7): ContactFacts[] {
  const random = seededRandom(seed);
  const categories = Object.entries(asked);
  const from = Date.parse('2026-01-05T00:00:00+01:00');
  const span = 91 * DayMs;
  const contacts: ContactFacts[] = [];
  for (let i = 0; i < count; i++) {
    let pick = random();
    const [category, { questions }] = categories.find(([, c]) => (pick -= c.share) < 0) ?? categories[0];
    const question = questions[Math.floor(random() * questions.length)];
    const extra = random() < 0.6 ? ` ${extras[Math.floor(random() * extras.length)]}` : '';
    const receivedAt = new Date(from + Math.floor((i / count) * span));
    const resolved = random() < 0.8;
    contacts.push({
      inquiryId: `IR-${i}`,
      category,
      text: `${question}${extra}`,
      receivedAt,
      resolvedAt: resolved ? new Date(receivedAt.getTime() + 600_000) : null,
      acceptedAt: resolved ? new Date(receivedAt.getTime() + 300_000) : null,
      reopened: resolved && random() < 0.05,
      followsEarlierContact: random() < 0.1,
    });
  }
  return contacts;
}

/** The help-page report for a quarter at the real volume, in this process. The target is under 2 s: a person waits for the page. */
export function benchInsights(runs = 3): InsightsFigures {
  const contacts = quarterOfContacts();
  const from = new Date('2026-01-05T00:00:00+01:00');
  const to = new Date(from.getTime() + 91 * DayMs);
  const times: number[] = [];
  let categories = 0;
  let clusters = 0;
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    const report = buildInsightsReport({
      from,
      to,
      now: to,
      contacts,
      pages,
      marks: [],
      markContacts: [],
      templateUses: [],
      mask: (text) => text,
    });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    categories = report.categories.length;
    clusters = report.categories.reduce((sum, c) => sum + c.clusters.length, 0);
  }
  times.sort((a, b) => a - b);
  return { contacts: contacts.length, categories, clusters, reportMs: Math.round(times[times.length >> 1]) };
}
