import { TermMatcher } from './term-matcher';

const matcher = new TermMatcher([
  { term: 'årsregnskap*', weight: 2, data: 'brg' },
  { term: '*refusjon', weight: 2, data: 'nav' },
  { term: 'får ~ logget inn', weight: 2, data: 'login' },
  { term: 'a-melding', weight: 1, data: 'shared' },
]);
const found = (text: string): string[] => matcher.matchText(text).map((h) => h.spec.data);

describe('TermMatcher', () => {
  it('matches prefixes across æøå spellings', () => {
    expect(found('Vi har sendt arsregnskapet')).toEqual(['brg']);
    expect(found('Vi har sendt aarsregnskapet')).toEqual(['brg']);
  });

  it('matches suffixes inside compounds', () => {
    expect(found('Når kommer sykepengerefusjon?')).toEqual(['nav']);
  });

  it('lets "~" skip up to two words but no more', () => {
    expect(found('jeg får ikke logget inn')).toEqual(['login']);
    expect(found('jeg får jo ikke logget inn')).toEqual(['login']);
    expect(found('jeg får det liksom ikke logget inn')).toEqual([]);
  });

  it('treats "-" as a word break on both sides', () => {
    expect(found('a-meldingen, nei: a melding')).toEqual(['shared']);
  });

  it('does not match a phrase across sentences', () => {
    expect(found('Jeg får. Logget inn')).toEqual([]);
  });
});
