import { foldText } from '../normalize-text';
import { tokenize, TokenizedText } from './tokenize';

/** One term to look for, with the signal it feeds and how much it counts. */
export interface TermSpec {
  term: string;
  label: string;
  weight: number;
}

export interface TermHit {
  label: string;
  weight: number;
  term: string;
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

interface CompiledTerm {
  words: WordPattern[];
  spec: TermSpec;
}

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
  const folded = foldText(term).replace(/[^a-z0-9*~]+/g, ' ').trim();
  if (folded === '') return [];
  return folded.split(' ').map(parseWord);
}

/**
 * Finds many terms in one pass over the words: terms are indexed by their first word (exact or
 * prefix), so each word costs a few map look-ups however large the vocabulary. Built once per
 * policy; no regular expressions per term.
 */
export class TermMatcher {
  private readonly byFirstWord = new Map<string, CompiledTerm[]>();
  private readonly byFirstPrefix = new Map<string, CompiledTerm[]>();
  private readonly prefixLengths: number[];
  private readonly bySuffix: CompiledTerm[] = [];

  constructor(specs: readonly TermSpec[]) {
    const lengths = new Set<number>();
    for (const spec of specs) {
      const words = parseTerm(spec.term);
      if (words.length === 0 || words[0].kind === WordKind.Gap) continue;
      const compiled: CompiledTerm = { words, spec };
      const first = words[0];
      if (first.kind === WordKind.Exact) push(this.byFirstWord, first.text, compiled);
      else if (first.kind === WordKind.Prefix) {
        push(this.byFirstPrefix, first.text, compiled);
        lengths.add(first.text.length);
      } else this.bySuffix.push(compiled);
    }
    this.prefixLengths = [...lengths].sort((a, b) => a - b);
  }

  match(text: TokenizedText): TermHit[] {
    const hits: TermHit[] = [];
    const { words } = text;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const exact = this.byFirstWord.get(w);
      if (exact) this.tryAll(exact, text, i, hits);
      for (const len of this.prefixLengths) {
        if (len > w.length) break;
        const candidates = this.byFirstPrefix.get(len === w.length ? w : w.slice(0, len));
        if (candidates) this.tryAll(candidates, text, i, hits);
      }
      for (const c of this.bySuffix) {
        if (w.endsWith(c.words[0].text)) this.tryAll([c], text, i, hits);
      }
    }
    return hits;
  }

  /** Convenience for tests and callers holding raw text. */
  matchText(text: string): TermHit[] {
    return this.match(tokenize(foldText(text)));
  }

  private tryAll(candidates: CompiledTerm[], text: TokenizedText, start: number, hits: TermHit[]): void {
    for (const c of candidates) {
      if (matchFrom(c.words, 1, text, start + 1, text.sentences[start]) >= 0) {
        hits.push({ label: c.spec.label, weight: c.spec.weight, term: c.spec.term, start, sentence: text.sentences[start] });
      }
    }
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
