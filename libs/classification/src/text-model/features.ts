import type { ModelSignal } from '@inquiry-router/contracts';
import type { InquiryText } from '../classification-result';
import type { WordEntry, WordFeatures } from '../matching/lexicon';
import type { TokenizedText } from '../matching/tokenize';
import type { NormalizedText } from '../normalize-text';
import type { Signals } from '../signals/signals';

/**
 * Features of one inquiry for the text model: the words people wrote (unigrams, bigrams and
 * character 4-grams, which carry typos, compounds and inflections) plus the rule signals the
 * agreements produce, so the model learns how far to trust each rule and an agreement edit
 * still changes decisions.
 *
 * Features are hashed into a fixed table (the "hashing trick"): no vocabulary to store or look
 * up, and an unseen word costs nothing.
 */
export const FeatureBits = 18;
const Mask = (1 << FeatureBits) - 1;

/**
 * A sparse vector: bucket ids and values, in parallel arrays; a bucket may repeat (values add up).
 * Plain arrays (small integers and unboxed doubles), made per inquiry in the young generation:
 * typed arrays this size live outside the heap, and allocating and collecting them per inquiry cost
 * more than the rest of the features.
 */
export interface FeatureVector {
  ids: number[];
  values: number[];
  /**
   * Only when explaining: the readable name of each entry (a word or a rule signal), or for a word
   * pair the index of its second word in `words` (its text is built only if it is ever shown).
   */
  names?: (string | number | null)[];
  words?: readonly string[];
}

/** The readable name of entry `i`, or null for entries nobody reads (character grams, metadata). */
export function featureName(x: FeatureVector, i: number): string | null {
  const name = x.names?.[i] ?? null;
  return typeof name === 'number' ? `${x.words![name - 1]} ${x.words![name]}` : name;
}

/** FNV-1a over a kind prefix and a string, folded into the table. */
function hash(kind: number, s: string): number {
  let h = (0x811c9dc5 ^ kind) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & Mask;
}

/** The hash state of a word pair "first " before its second word: the same for every pair `first` starts. */
function pairPrefix(first: string): number {
  let h = (0x811c9dc5 ^ Kind.Bigram) >>> 0;
  for (let i = 0; i < first.length; i++) {
    h ^= first.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= 32;
  return Math.imul(h, 0x01000193);
}

/** A word pair hashed as "first second" without building that string, from `pairPrefix(first)`. */
function hashPair(prefix: number, second: string): number {
  let h = prefix;
  for (let i = 0; i < second.length; i++) {
    h ^= second.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & Mask;
}

const Start = 94; // "^"
const End = 36; // "$"

/**
 * Hash of the 4-gram at `start` of the word as if written "^word$", without building that string:
 * the boundaries make a word's beginning and end features of their own.
 */
function hashGram(word: string, start: number): number {
  let h = (0x811c9dc5 ^ Kind.Gram) >>> 0;
  for (let i = start; i < start + GramLength; i++) {
    h ^= i === 0 ? Start : i === word.length + 1 ? End : word.charCodeAt(i - 1);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & Mask;
}

const enum Kind {
  Word = 1,
  Bigram = 2,
  Gram = 3,
  Meta = 4,
  Rule = 5,
}

const GramLength = 4;

/** The features of a word alone, kept in its lexicon entry: hashed once however often it is read. */
function wordFeatures(entry: WordEntry): WordFeatures {
  if (entry.features) return entry.features;
  const word = entry.text;
  const count = word.length >= GramLength + 1 ? word.length + 2 - GramLength + 1 : 0;
  const grams = new Int32Array(count);
  for (let s = 0; s < count; s++) grams[s] = hashGram(word, s);
  entry.features = { word: hash(Kind.Word, word), grams, gramNorm: Math.sqrt(count), pairPrefix: pairPrefix(word) };
  return entry.features;
}
// A long email says what it is about early; reading further costs time and adds noise.
const MaxWords = 400;

/** Grown by `push`, so the arrays stay packed (no holes for every read to check). */
class VectorBuilder {
  private readonly ids: number[] = [];
  private readonly values: number[] = [];
  readonly names?: (string | number | null)[];
  constructor(
    explain: boolean,
    private readonly words: readonly string[],
  ) {
    if (explain) this.names = [];
  }
  add(id: number, value: number, name: string | number | null): void {
    this.ids.push(id);
    this.values.push(value);
    this.names?.push(name);
  }
  build(): FeatureVector {
    return { ids: this.ids, values: this.values, names: this.names, words: this.words };
  }
}

const scaled = (score: number, cap: number): number => Math.min(score, cap) / cap;

/** The rule signals as named features; agency features are per agency code. */
function addSignals(v: VectorBuilder, signals: Signals): void {
  // Named from the contracts' list, as the reasons quote them and the console translates them.
  const rule = (name: ModelSignal | `${ModelSignal}:${string}`, value: number): void => {
    if (value !== 0) v.add(hash(Kind.Rule, name), value, `rule:${name}`);
  };
  rule('sent-to-servicedesk', signals.sentToServicedesk ? 1 : 0);
  rule('blocking', scaled(signals.blocking.score, 4));
  rule('blocking-strong', signals.blocking.strong ? 1 : 0);
  rule('aside-blocking', signals.asideBlocking.length > 0 ? 1 : 0);
  rule('error-code', signals.errorCodes.length > 0 ? 1 : 0);
  rule('earlier-contact', signals.earlierContact.length > 0 ? 1 : 0);
  rule('escalated-thread', signals.escalatedThread.length > 0 ? 1 : 0);
  rule('support-reply', signals.supportReply ? 1 : 0);
  rule('still-unsolved', signals.stillUnsolved.length > 0 ? 1 : 0);
  rule('integration', scaled(signals.integration.score, 6));
  rule('integration-strong', signals.integration.strong ? 1 : 0);
  rule('service-owner', scaled(signals.serviceOwnerOrVendor.score, 4));
  rule('service-owner-strong', signals.serviceOwnerOrVendor.strong ? 1 : 0);
  rule('question', scaled(signals.subjectQuestion.score, 6));
  rule('question-strong', signals.subjectQuestion.strong ? 1 : 0);
  rule('case-feil', scaled(signals.caseFeil.score, 4));
  rule('case-bestilling', scaled(signals.caseBestilling.score, 4));
  for (const [agency, e] of signals.agencies) {
    rule(`agency:${agency}`, scaled(e.score, 8));
    if (e.strong) rule(`agency-strong:${agency}`, 1);
  }
  for (const agency of signals.agencyIdentifiers.keys()) rule(`agency-identifier:${agency}`, 1);
  for (const x of signals.exceptions) rule(`exception:${x.agency}`, 1);
  for (const [category, e] of signals.categories) rule(`category:${category}`, scaled(e.score, 6));
  if (signals.ivrCategory) rule(`ivr:${signals.ivrCategory}`, 1);
}

/** Everything the model reads of one inquiry. `explain` also records readable names. */
export function extractFeatures(
  inquiry: InquiryText,
  text: NormalizedText,
  tokens: TokenizedText,
  signals: Signals,
  explain = false,
): FeatureVector {
  const words = tokens.words.length > MaxWords ? tokens.words.slice(0, MaxWords) : tokens.words;
  const v = new VectorBuilder(explain, words);

  // Word features share one weight so a long email and a short message count alike (L2 norm ~1).
  const textCount = words.length * 2 + 1;
  const w = 1 / Math.sqrt(textCount);
  let previous: WordFeatures | null = null;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const features = wordFeatures(tokens.entries[i]);
    v.add(features.word, w, explain ? word : null);
    if (i > 0 && tokens.sentences[i] === tokens.sentences[i - 1]) v.add(hashPair(previous!.pairPrefix, word), w, explain ? i : null);
    const grams = features.grams;
    if (grams.length > 0) {
      const gw = w / features.gramNorm;
      for (let s = 0; s < grams.length; s++) v.add(grams[s], gw, null);
    }
    previous = features;
  }
  v.add(hash(Kind.Meta, 'bias'), 1, null);
  v.add(hash(Kind.Meta, `channel:${inquiry.channel}`), 1, null);
  if (text.ivrMenu) v.add(hash(Kind.Meta, `ivr-menu:${text.ivrMenu}`), 1, null);
  if (inquiry.serviceCode) v.add(hash(Kind.Meta, `service:${inquiry.serviceCode.toLowerCase()}`), 1, `service code ${inquiry.serviceCode}`);
  if (text.isReply) v.add(hash(Kind.Meta, 'reply'), 1, null);
  addSignals(v, signals);
  return v.build();
}
