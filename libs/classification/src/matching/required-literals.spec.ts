import { defaultPolicy } from '../default-policy/default-policy';
import { foldLetters } from '../normalize-text';
import { tokenize } from './tokenize';
import { LiteralIndex, mayContainMatch, requiredLiterals } from './required-literals';

describe('requiredLiterals', () => {
  it('reads the words a match cannot do without, optional characters left out', () => {
    expect(requiredLiterals('\\b(korrelasjons?|trace)[- ]?(id|nr)\\b')).toEqual([
      ['korrelasjon', 'trace'],
      ['id', 'nr'],
    ]);
    expect(requiredLiterals('\\bir-[a-z]{12}\\b')).toEqual([['ir-']]);
    expect(requiredLiterals('\\bSD-?\\d{4,}\\b')).toEqual([['sd']]);
  });

  it('requires nothing of what it does not read: top-level alternatives, optional groups, look-arounds, escapes with arguments', () => {
    expect(requiredLiterals('feil|error')).toEqual([]);
    expect(requiredLiterals('(ref)?\\d+')).toEqual([]);
    expect(requiredLiterals('(?<!ikke )(?=\\d)\\d{3}')).toEqual([]);
    expect(requiredLiterals('\\x41bc')).toEqual([]);
    // An alternative with nothing literal makes the whole group require nothing.
    expect(requiredLiterals('(kode|\\d+)')).toEqual([]);
  });

  it('lets through every text a pattern of the default policy matches, and stops the ones without its words', () => {
    const texts = [
      'jeg far feilkode 4031 nar jeg logger inn',
      'correlation id: 9f8e7d6c-1234-4abc-9def-0123456789ab',
      'saksnummer 2024-12345 i brevet',
      'error=invalid_grant fra maskinporten',
      'siden viser 503 service unavailable',
      'hvordan sender jeg a-meldingen?',
    ];
    let stopped = 0;
    for (const source of defaultPolicy.vocabularies.secondLine.errorCodePatterns) {
      const folded = foldLetters(source);
      const pattern = new RegExp(folded, 'i');
      for (const text of texts) {
        const may = mayContainMatch(requiredLiterals(folded), text);
        if (pattern.test(text)) expect({ source, text, may }).toEqual({ source, text, may: true });
        if (!may) stopped++;
      }
    }
    expect(stopped).toBeGreaterThan(0);
  });

  it('finds through the words of a text what a search of the text finds', () => {
    const index = new LiteralIndex();
    const requirements = [['feil', 'error code'], ['-', 'ir-'], ['kode'], ['404', 'ref']];
    const ids = index.add(requirements);
    for (const text of ['feilkode ir-12 ref', 'error code 404', 'error coder', 'kode-feil', 'ingen feil her', 'referanse nr-4040']) {
      const found = index.find(text, tokenize(text).entries);
      requirements.forEach((alternatives, r) =>
        alternatives.forEach((literal, a) =>
          expect({ text, literal, found: found.has(ids[r][a]) }).toEqual({ text, literal, found: text.includes(literal) }),
        ),
      );
      expect(found.satisfies(ids)).toBe(mayContainMatch(requirements, text));
    }
  });
});
