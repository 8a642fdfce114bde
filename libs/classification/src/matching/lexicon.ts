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
/**
 * Open addressing at most a third full, so a look-up probes one or two slots; the table grows with
 * the words, so the few thousand words of everyday text keep it small enough to stay in cache.
 */
const InitialSlots = 1 << 12;

let slots: (WordEntry | undefined)[] = new Array<WordEntry | undefined>(InitialSlots);
let slotHashes = new Int32Array(InitialSlots);
let slotMask = InitialSlots - 1;
let size = 0;

function place(entry: WordEntry, hash: number): void {
  let slot = hash & slotMask;
  while (slots[slot] !== undefined) slot = (slot + 1) & slotMask;
  slots[slot] = entry;
  slotHashes[slot] = hash;
}

function resize(capacity: number): void {
  const entries = slots;
  const hashes = slotHashes;
  slots = new Array<WordEntry | undefined>(capacity);
  slotHashes = new Int32Array(capacity);
  slotMask = capacity - 1;
  for (let i = 0; i < entries.length; i++) if (entries[i] !== undefined) place(entries[i]!, hashes[i]);
}

/** FNV-1a's start and step: the tokenizer hashes each word as it reads its characters. */
export const WordHashStart = 0x811c9dc5 | 0;
export const wordHashStep = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);

/**
 * The entry of the word `text.slice(start, end)` (folded, a-z0-9) whose characters hash to `hash`
 * (`wordHashStep` from `WordHashStart`), made the first time the word is read. A word read before
 * is found without cutting it out of the text: no string to make, hash or compare as a whole.
 */
export function wordEntryAt(text: string, start: number, end: number, hash: number): WordEntry {
  const length = end - start;
  let slot = hash & slotMask;
  for (let entry = slots[slot]; entry !== undefined; entry = slots[slot]) {
    if (slotHashes[slot] === hash && entry.text.length === length && sameCharacters(entry.text, text, start)) return entry;
    slot = (slot + 1) & slotMask;
  }
  if (size >= MaxWords) {
    slots = new Array<WordEntry | undefined>(InitialSlots);
    slotHashes = new Int32Array(InitialSlots);
    slotMask = InitialSlots - 1;
    size = 0;
  } else if ((size + 1) * 3 > slots.length) resize(slots.length * 2);
  const entry: WordEntry = {
    text: text.slice(start, end),
    language: -1,
    features: null,
    candidatesOf: null,
    candidates: null,
    literalsOf: null,
    literals: null,
  };
  place(entry, hash);
  size++;
  return entry;
}

function sameCharacters(word: string, text: string, start: number): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/** The entry of a word (folded, a-z0-9), made the first time the word is read. */
export function wordEntry(word: string): WordEntry {
  let hash = WordHashStart;
  for (let i = 0; i < word.length; i++) hash = wordHashStep(hash, word.charCodeAt(i));
  return wordEntryAt(word, 0, word.length, hash);
}
