import { questionTerms, stem } from './question-terms';

describe('questionTerms', () => {
  it('keeps the words that say what a question is about, stemmed, without function words, greetings or numbers', () => {
    const terms = questionTerms('Hei! Jeg får ikke logget inn med BankID på mobil 12345678. Hilsen Kari');
    expect(terms.map((t) => t.term)).toEqual(['logg', 'bankid', 'mobil', 'kari']);
    expect(terms[0].word).toBe('logget');
  });

  it('drops email addresses and links', () => {
    expect(questionTerms('skriv til kari.nordmann@example.no eller se https://example.no/hjelp').map((t) => t.term)).toEqual(['skriv']);
  });

  it('brings inflected forms of one word together', () => {
    expect(stem('passordet')).toBe(stem('passord'));
    expect(stem('innloggingen')).toBe(stem('innlogging'));
    expect(stem('logget')).toBe(stem('logge'));
    expect(stem('vedlegg')).toBe('vedlegg');
  });

  it('reads at most the number of words asked', () => {
    expect(questionTerms('skjema '.repeat(500), 10)).toHaveLength(10);
  });
});
