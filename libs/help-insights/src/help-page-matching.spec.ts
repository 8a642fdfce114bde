import { bestHelpPage, pageCoverage, pageTerms, type HelpPage } from './help-page-matching';

const page = (id: string, title: string, keywords: string[], topics: string[] = []): HelpPage => ({
  id,
  url: `https://portal.example/hjelp/${id}`,
  title,
  keywords,
  topics,
});
const signature = [
  { term: 'bankid', weight: 0.7 },
  { term: 'logg', weight: 0.5 },
  { term: 'feilmelding', weight: 0.3 },
];

describe('help-page matching', () => {
  const login = page('login', 'Logge inn med BankID', ['bankid', 'innlogging'], ['login']);
  const attachments = page('vedlegg', 'Laste opp vedlegg', ['vedlegg', 'pdf']);
  const pages = [login, attachments].map((p) => ({ page: p, terms: pageTerms(p) }));

  it('gives the page whose title and keywords cover the most of the signature', () => {
    expect(bestHelpPage('login', signature, pages)).toEqual({ page: login, score: (0.7 + 0.5) / 1.5 });
  });

  it('counts a compound keyword as covering the word inside it', () => {
    expect(pageCoverage([{ term: 'logg', weight: 1 }], pageTerms(page('x', 'Innlogging', [])))).toBe(1);
  });

  it('skips pages written for other categories, and reports a gap when no page covers enough', () => {
    expect(bestHelpPage('signing', signature, pages)).toBeNull();
    expect(bestHelpPage('login', [{ term: 'fullmakt', weight: 1 }], pages)).toBeNull();
  });
});
