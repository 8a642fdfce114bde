import type { ContactFacts } from './contact-measures';
import { buildInsightsReport } from './insights-report';

const from = new Date('2026-11-23T00:00:00+01:00');
const to = new Date('2026-12-07T00:00:00+01:00');
const login = [
  'Får ikke logget inn med BankID, ring meg på 912 34 567',
  'BankID virker ikke når jeg logger inn',
  'Innlogging med BankID feiler, skriv til ola@example.no',
  'Kan ikke logge inn med BankID',
];
const signing = ['Hvordan signerer jeg skjemaet?', 'Signering av skjemaet feiler', 'Skjemaet lar seg ikke signere'];

let n = 0;
const contact = (category: string, text: string, day: number, facts: Partial<ContactFacts> = {}): ContactFacts => ({
  inquiryId: `IR-${++n}`,
  category,
  text,
  receivedAt: new Date(from.getTime() + day * 86_400_000 + n * 60_000),
  resolvedAt: null,
  acceptedAt: null,
  reopened: false,
  followsEarlierContact: false,
  ...facts,
});

const bankidAnswer = { templateId: 't-bankid', title: 'Innlogging med BankID', language: 'nb', retired: false } as const;
const oldAnswer = { templateId: 't-old', title: 'Gammelt svar om innlogging', language: 'nn', retired: true } as const;
const signingAnswer = { templateId: 't-signing', title: 'Signing', language: 'en', retired: false } as const;

describe('buildInsightsReport', () => {
  const contacts = [
    ...login.map((text, i) => contact('login', text, i * 3)),
    ...signing.map((text, i) => contact('signing', text, 8 + i)),
    contact('signing', 'Når er dere åpne?', 9),
  ];
  const report = buildInsightsReport({
    from,
    to,
    now: new Date('2026-12-08T00:00:00Z'),
    contacts,
    pages: [
      { id: 'p1', url: 'https://portal.example/hjelp/bankid', title: 'Logge inn med BankID', keywords: ['innlogging'], topics: ['login'] },
    ],
    marks: [],
    markContacts: [],
    templateUses: [
      ...[0, 1, 2].map((k) => ({ ...bankidAnswer, inquiryId: contacts[k].inquiryId })),
      { ...oldAnswer, inquiryId: contacts[1].inquiryId },
      { ...signingAnswer, inquiryId: contacts[login.length].inquiryId },
    ],
    mask: (text) => text.replace(/\d[\d ]{6,}\d/g, '***').replace(/\S+@\S+/g, '***'),
  });

  it('gives each category its clusters, largest category first, with its weeks', () => {
    expect(report.weeks).toEqual(['2026-W48', '2026-W49']);
    expect(report.categories.map((c) => [c.category, c.count, c.clusters.length, c.unclustered])).toEqual([
      ['login', 4, 1, 0],
      ['signing', 4, 1, 1],
    ]);
    const [loginCluster] = report.categories[0].clusters;
    expect(loginCluster.labels).toContain('bankid');
    expect(loginCluster.weeks.reduce((s, w) => s + w.count, 0)).toBe(4);
  });

  it('counts the saved answers used on each cluster, a retired one too, most used first, and only on its own cluster', () => {
    const [loginCluster] = report.categories[0].clusters;
    const [signingCluster] = report.categories[1].clusters;
    expect(loginCluster.templates).toEqual([
      { ...bankidAnswer, uses: 3 },
      { ...oldAnswer, uses: 1 },
    ]);
    expect(signingCluster.templates).toEqual([{ ...signingAnswer, uses: 1 }]);
  });

  it('matches the login cluster to its page, and reports the signing cluster as a gap', () => {
    expect(report.categories[0].clusters[0].helpPage).toMatchObject({ helpPageId: 'p1' });
    expect(report.categories[1].clusters[0].helpPage).toBeNull();
    expect(report.gaps).toBe(1);
  });

  it('shows examples with personal data masked', () => {
    const examples = report.categories.flatMap((c) => c.clusters.flatMap((cluster) => cluster.examples));
    expect(examples.length).toBeGreaterThan(0);
    expect(examples.join(' ')).not.toMatch(/912 34 567|ola@example\.no/);
  });
});
