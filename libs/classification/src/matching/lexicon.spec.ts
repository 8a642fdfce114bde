import { wordEntry } from './lexicon';
import { tokenize } from './tokenize';

describe('the lexicon', () => {
  it('hands out one entry per distinct word, wherever in a text it stands', () => {
    const first = tokenize('feilkode ved innlogging. ny feilkode');
    expect(first.words).toEqual(['feilkode', 'ved', 'innlogging', 'ny', 'feilkode']);
    expect(first.entries.map((e) => e.text)).toEqual(first.words);
    expect(first.entries[4]).toBe(first.entries[0]);
    expect(tokenize('innlogging feiler').entries[0]).toBe(first.entries[2]);
    expect(wordEntry('feilkode')).toBe(first.entries[0]);
    expect(wordEntry('feilkoden')).not.toBe(first.entries[0]);
  });

  it('keeps telling words apart as it grows past its first table', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}`);
    const entries = words.map(wordEntry);
    expect(new Set(entries).size).toBe(words.length);
    expect(words.every((w, i) => wordEntry(w) === entries[i])).toBe(true);
    expect(entries.every((e, i) => e.text === words[i])).toBe(true);
  });
});
