/**
 * Every word the classifier has read, once: the tokenizer hands out one entry per distinct word,
 * and each reader of the words (language detection, the policy's term matcher and pattern
 * literals, the text model's features) keeps what it computes of a word in the word's entry, so
 * a word seen before costs one look-up for all of them instead of one look-up (or hash) each.
 */
export interface WordEntry {
  readonly text: string;
  /** Language detection's reading (its own code), or -1 before it read the word. */
  language: number;
  /** The text model's hashed features of the word alone. */
  features: WordFeatures | null;
  /** The term matcher that found `candidates` (one policy's, the last to read the word). */
  candidatesOf: object | null;
  candidates: readonly unknown[] | null;
  /** The literal index that found `literals` (one policy's, the last to read the word). */
  literalsOf: object | null;
  literals: Int32Array | null;
}

/** The text model's features of one word, whatever text it stands in. */
export interface WordFeatures {
  /** The word's own bucket. */
  word: number;
  /** Its character grams' buckets (none for short words). */
  grams: Int32Array;
  /** Square root of the number of grams: the grams share the word's weight. */
  gramNorm: number;
  /** The hash state after the word and a space: a word pair starting with it continues from here. */
  pairPrefix: number;
}

/** Natural text repeats its words a lot; past this many, the lexicon starts over. */
const MaxWords = 50_000;

const entries = new Map<string, WordEntry>();

/** The entry of a word (folded, a-z0-9), made the first time the word is read. */
export function wordEntry(text: string): WordEntry {
  let entry = entries.get(text);
  if (entry) return entry;
  if (entries.size >= MaxWords) entries.clear();
  entry = { text, language: -1, features: null, candidatesOf: null, candidates: null, literalsOf: null, literals: null };
  entries.set(text, entry);
  return entry;
}
