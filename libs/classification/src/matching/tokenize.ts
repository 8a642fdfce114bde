import { WordEntry, WordHashStart, wordEntryAt, wordHashStep } from './lexicon';

/** Words of a folded text with the sentence each belongs to, so rules can look within one sentence. */
export interface TokenizedText {
  words: string[];
  sentences: number[];
  /** Each word's lexicon entry, where every reader keeps what it computed of the word. */
  entries: WordEntry[];
}

const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
// . ! ? ; and newline end a sentence.
const isSentenceEnd = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 59 || c === 10;

/**
 * Splits folded text into a-z0-9 words; "-" and other punctuation separate words. A hand-written
 * loop because this runs on every inquiry and a regex loop allocates a match object per word.
 */
export function tokenize(folded: string): TokenizedText {
  const words: string[] = [];
  const sentences: number[] = [];
  const entries: WordEntry[] = [];
  let sentence = 0;
  let start = -1;
  let hash = WordHashStart;
  const n = folded.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? folded.charCodeAt(i) : 32;
    if (isWordChar(c)) {
      if (start < 0) {
        start = i;
        hash = WordHashStart;
      }
      hash = wordHashStep(hash, c);
      continue;
    }
    if (start >= 0) {
      // Looked up by its place in the text: a word read before is not cut out again.
      const entry = wordEntryAt(folded, start, i, hash);
      entries.push(entry);
      words.push(entry.text);
      sentences.push(sentence);
      start = -1;
    }
    // A new sentence starts only after a word, so ". . ." or "?!" counts once.
    if (isSentenceEnd(c) && sentences.length > 0 && sentences[sentences.length - 1] === sentence) sentence++;
  }
  return { words, sentences, entries };
}
