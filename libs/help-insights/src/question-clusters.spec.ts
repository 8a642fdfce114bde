import { clusterQuestions } from './question-clusters';
import { questionTerms } from './question-terms';
import { termVectors } from './term-vectors';

const themes: Record<string, string[]> = {
  bankid: [
    'Jeg får ikke logget inn med BankID',
    'BankID virker ikke når jeg prøver å logge inn',
    'Innlogging med BankID feiler hele tiden',
    'Kan ikke logge inn, BankID gir feilmelding',
    'Får feilmelding fra BankID ved innlogging',
    'BankID på mobil fungerer ikke for innlogging',
  ],
  vedlegg: [
    'Hvordan laster jeg opp vedlegg til skjemaet?',
    'Vedlegget blir ikke lastet opp',
    'Får ikke lastet opp vedlegg i PDF',
    'Opplasting av vedlegg stopper',
    'Vedlegg forsvinner når jeg laster opp',
    'Kan jeg laste opp flere vedlegg samtidig?',
  ],
  fullmakt: [
    'Hvordan gir jeg fullmakt til regnskapsfører?',
    'Regnskapsfører mangler fullmakt i portalen',
    'Fullmakt til regnskapsføreren vises ikke',
    'Vil gi regnskapsfører fullmakt for firmaet',
    'Hvor gir man fullmakt til en regnskapsfører',
    'Fullmakten til regnskapsfører er borte',
  ],
};
const noise = ['Været er fint i dag', 'Når stenger kontoret til jul', 'Takk for sist, alt ordnet seg'];

function clustered(texts: string[]) {
  const { vectors } = termVectors(texts.map((t) => questionTerms(t)));
  return clusterQuestions(vectors, { minClusterSize: 3 });
}

describe('clusterQuestions', () => {
  const texts = [...Object.values(themes).flat(), ...noise];
  // Interleaved, as they arrive.
  const order = texts.map((_, i) => i).sort((a, b) => (a % 6) - (b % 6) || a - b);
  const arrived = order.map((i) => texts[i]);
  const themeOf = (text: string) => Object.entries(themes).find(([, list]) => list.includes(text))?.[0] ?? 'noise';

  it('finds each theme as one cluster, and leaves the noise out', () => {
    const clusters = clustered(arrived);
    const found = clusters.map((c) => [...new Set(c.members.map((k) => themeOf(arrived[k])))]);
    expect(found.map((themes) => themes.length)).toEqual([1, 1, 1]);
    expect(found.flat().sort()).toEqual(['bankid', 'fullmakt', 'vedlegg']);
    // Recall: most of each theme's questions are in its cluster.
    for (const cluster of clusters) expect(cluster.members.length).toBeGreaterThanOrEqual(5);
  });

  it('is deterministic: the same questions give the same clusters', () => {
    expect(clustered(arrived)).toEqual(clustered(arrived));
  });

  it('gives nothing for no questions, or questions without words', () => {
    expect(clustered([])).toEqual([]);
    expect(clustered(['123', '!!!', 'og i på'])).toEqual([]);
  });

  it('clusters 10,000 questions in well under the time a report may take', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => {
      const list = Object.values(themes)[i % 3];
      return `${list[i % list.length]} sak ${['nummer', 'igjen', 'fortsatt', 'akkurat', 'snart'][i % 5]}`;
    });
    const started = Date.now();
    const clusters = clustered(many);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(clusters.reduce((sum, c) => sum + c.members.length, 0)).toBeGreaterThan(9_000);
  });
});
