import { foldText } from '../normalize-text';
import { tokenize, TokenizedText } from './tokenize';

/** One term to look for, with what it means to the caller (`data`) and how much it counts. */
export interface TermSpec<T = unknown> {
  term: string;
  weight: number;
  data: T;
}

export interface TermHit<T = unknown> {
  /** Index of the term in the list given to the matcher: a cheap key for counting a term once. */
  termIndex: number;
  spec: TermSpec<T>;
  /** Token index where the hit starts. */
  start: number;
  sentence: number;
}

const enum WordKind {
  Exact,
  Prefix,
  Suffix,
  Gap,
}

interface WordPattern {
  kind: WordKind;
  text: string;
}

interface CompiledTerm<T> {
  index: number;
  words: WordPattern[];
  spec: TermSpec<T>;
}

/** Words seen before and the terms that may start at them; natural text repeats its words a lot. */
const MaxCachedWords = 50_000;

/** How many words `~` may skip inside a phrase. */
const MaxGap = 2;

function parseWord(word: string): WordPattern {
  if (word === '~') return { kind: WordKind.Gap, text: '' };
  if (word.endsWith('*')) return { kind: WordKind.Prefix, text: word.slice(0, -1) };
  if (word.startsWith('*')) return { kind: WordKind.Suffix, text: word.slice(1) };
  return { kind: WordKind.Exact, text: word };
}

function wordMatches(p: WordPattern, token: string): boolean {
  switch (p.kind) {
    case WordKind.Exact:
      return token === p.text;
    case WordKind.Prefix:
      return token.startsWith(p.text);
    case WordKind.Suffix:
      return token.endsWith(p.text);
    default:
      return true;
  }
}

/** Splits a policy term into word patterns, folding it like the text; `*` and `~` survive folding. */
export function parseTerm(term: string): WordPattern[] {
  const folded = foldText(term)
    .replace(/[^a-z0-9*~]+/g, ' ')
    .trim();
  if (folded === '') return [];
  return folded.split(' ').map(parseWord);
}

/**
 * Finds many terms in one pass over the words: terms are indexed by their first word (exact or
 * prefix), so each word costs a few map look-ups however large the vocabulary. Built once per
 * policy; no regular expressions per term.
 */
export class TermMatcher<T = unknown> {
  private readonly byFirstWord = new Map<string, CompiledTerm<T>[]>();
  private readonly byFirstPrefix = new Map<string, CompiledTerm<T>[]>();
  private readonly prefixLengths: number[];
  private readonly bySuffix: CompiledTerm<T>[] = [];
  private readonly candidateCache = new Map<string, readonly CompiledTerm<T>[]>();

  constructor(specs: readonly TermSpec<T>[]) {
    const lengths = new Set<number>();
    specs.forEach((spec, index) => {
      const words = parseTerm(spec.term);
      if (words.length === 0 || words[0].kind === WordKind.Gap) return;
      const compiled: CompiledTerm<T> = { index, words, spec };
      const first = words[0];
      if (first.kind === WordKind.Exact) push(this.byFirstWord, first.text, compiled);
      else if (first.kind === WordKind.Prefix) {
        push(this.byFirstPrefix, first.text, compiled);
        lengths.add(first.text.length);
      } else this.bySuffix.push(compiled);
    });
    this.prefixLengths = [...lengths].sort((a, b) => a - b);
  }

  match(text: TokenizedText): TermHit<T>[] {
    const hits: TermHit<T>[] = [];
    const { words, entries } = text;
    for (let i = 0; i < words.length; i++) {
      const entry = entries[i];
      if (entry.candidatesOf !== this) {
        entry.candidates = this.candidatesFor(words[i]);
        entry.candidatesOf = this;
      }
      const candidates = entry.candidates as readonly CompiledTerm<T>[];
      for (const c of candidates) {
        if (matchFrom(c.words, 1, text, i + 1, text.sentences[i]) >= 0) {
          hits.push({ termIndex: c.index, spec: c.spec, start: i, sentence: text.sentences[i] });
        }
      }
    }
    return hits;
  }

  /** Convenience for tests and callers holding raw text. */
  matchText(text: string): TermHit<T>[] {
    return this.match(tokenize(foldText(text)));
  }

  /** Terms whose first word matches `w`: exact, prefix or suffix; cached per word. */
  private candidatesFor(w: string): readonly CompiledTerm<T>[] {
    const cached = this.candidateCache.get(w);
    if (cached) return cached;
    const found: CompiledTerm<T>[] = [];
    const exact = this.byFirstWord.get(w);
    if (exact) found.push(...exact);
    for (const len of this.prefixLengths) {
      if (len > w.length) break;
      const byPrefix = this.byFirstPrefix.get(len === w.length ? w : w.slice(0, len));
      if (byPrefix) found.push(...byPrefix);
    }
    for (const c of this.bySuffix) if (w.endsWith(c.words[0].text)) found.push(c);
    if (this.candidateCache.size >= MaxCachedWords) this.candidateCache.clear();
    this.candidateCache.set(w, found);
    return found;
  }
}

function matchFrom(words: WordPattern[], wi: number, text: TokenizedText, ti: number, sentence: number): number {
  if (wi === words.length) return ti;
  const p = words[wi];
  if (p.kind === WordKind.Gap) {
    for (let skip = 0; skip <= MaxGap; skip++) {
      const r = matchFrom(words, wi + 1, text, ti + skip, sentence);
      if (r >= 0) return r;
    }
    return -1;
  }
  // Phrases stay within one sentence.
  if (ti >= text.words.length || text.sentences[ti] !== sentence) return -1;
  if (!wordMatches(p, text.words[ti])) return -1;
  return matchFrom(words, wi + 1, text, ti + 1, sentence);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
