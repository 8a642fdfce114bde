/**
 * Words a regular expression cannot match without, found in its source: the policy's patterns run
 * on every inquiry, and most inquiries contain none of the words a pattern starts from ("feilkode",
 * "ref", "sak"), so a few `includes` tell that the pattern cannot match and skip running it.
 *
 * Each requirement is a list of alternatives, one of which every match contains; a match satisfies
 * every requirement. Conservative: what is not understood adds no requirement and ends the reading
 * (what was read before still holds, as the whole sequence must match), so an empty list means
 * "no known requirement". Only for patterns matched case-insensitively against lower-case text
 * (the folded text): the literals are lower-cased, and only ASCII letters, digits and a few
 * punctuation marks count as literal.
 */
export function requiredLiterals(source: string): string[][] {
  const requirements: string[][] = [];
  let run = '';
  const flush = (): void => {
    if (run) requirements.push([run]);
    run = '';
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '|') return []; // a top-level alternative: nothing is required of every match
    if (c === '(') {
      const end = closingParen(source, i);
      if (end < 0) break;
      const q = quantifier(source, end + 1);
      if (q === null) break;
      flush();
      const body = groupBody(source.slice(i + 1, end));
      if (body !== null && q.min >= 1) {
        // One of the literals some alternative requires: each alternative's first requirement, together.
        const alternatives = splitAlternatives(body).map((alternative) => requiredLiterals(alternative)[0]);
        if (alternatives.every((a) => a !== undefined)) requirements.push(shortest(alternatives.flat()));
      }
      i = end + 1 + q.length;
      continue;
    }
    const atom = atomLength(source, i);
    if (atom === 0) break;
    const q = quantifier(source, i + atom);
    if (q === null) break;
    if (atom === 1 && isLiteral(c)) {
      if (q.min >= 1) run += c.toLowerCase();
      if (q.length > 0) flush(); // "s?" ends the run before it, "s+" after it
    } else flush();
    i += atom + q.length;
  }
  flush();
  return requirements;
}

/** The literals that contain no other of them: a text with "feilkode" has "feil", so "feil" alone tells. */
function shortest(literals: string[]): string[] {
  const unique = [...new Set(literals)];
  return unique.filter((l) => !unique.some((other) => other !== l && l.includes(other)));
}

/** True when the folded text may match: it contains an alternative of every requirement. */
export const mayContainMatch = (requirements: readonly (readonly string[])[], text: string): boolean =>
  requirements.every((alternatives) => alternatives.some((literal) => text.includes(literal)));

const isLiteral = (c: string): boolean => /^[A-Za-z0-9 _\-:=#@%,;'"<>!&~]$/.test(c);

/** The part of a group that matches text, or null for a look-around (it matches none). */
function groupBody(inner: string): string | null {
  if (!inner.startsWith('?')) return inner;
  if (inner.startsWith('?:')) return inner.slice(2);
  const named = /^\?<([A-Za-z_$][\w$]*)>/.exec(inner);
  return named ? inner.slice(named[0].length) : null;
}

/** Length of the atom at `i`: an escape, a character class or one character; 0 when not understood. */
function atomLength(source: string, i: number): number {
  const c = source[i];
  if (c === '\\') {
    const next = source[i + 1];
    // Escapes with arguments (\x41, \u0041, \cA, \k<n>, \p{L}) and back-references are not read.
    if (next === undefined || /[xuckpP1-9]/.test(next)) return 0;
    return 2;
  }
  if (c === '[') {
    for (let j = i + 1; j < source.length; j++) {
      if (source[j] === '\\') j++;
      else if (source[j] === ']' && j > i + 1) return j - i + 1;
    }
    return 0;
  }
  if (c === ')' || c === '{' || c === '}' || c === '*' || c === '+' || c === '?') return 0;
  return 1;
}

/** The quantifier at `i` (none: min 1, length 0), or null when it is not understood. */
function quantifier(source: string, i: number): { min: number; length: number } | null {
  const c = source[i];
  let q: { min: number; length: number };
  if (c === '?' || c === '*') q = { min: 0, length: 1 };
  else if (c === '+') q = { min: 1, length: 1 };
  else if (c === '{') {
    const m = /^\{(\d+)(,\d*)?\}/.exec(source.slice(i));
    if (!m) return null;
    q = { min: Number(m[1]), length: m[0].length };
  } else return { min: 1, length: 0 };
  if (source[i + q.length] === '?') q.length++; // lazy
  return q;
}

function closingParen(source: string, open: number): number {
  let depth = 0;
  for (let j = open; j < source.length; j++) {
    const c = source[j];
    if (c === '\\') j++;
    else if (c === '[') {
      const length = atomLength(source, j);
      if (length === 0) return -1;
      j += length - 1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j;
  }
  return -1;
}

function splitAlternatives(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let j = 0; j < body.length; j++) {
    const c = body[j];
    if (c === '\\') j++;
    else if (c === '[') {
      const length = atomLength(body, j);
      if (length === 0) return [''];
      j += length - 1;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(body.slice(start, j));
      start = j + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

const isWordLiteral = (literal: string): boolean => /^[a-z0-9]+$/.test(literal);

import type { WordEntry } from './lexicon';

/** Words seen before and the literals they contain; natural text repeats its words a lot. */
const MaxCachedWords = 50_000;

/**
 * The literals of many patterns, looked for in a text once per inquiry. A literal of letters and
 * digits only lies inside one of the text's words (`tokenize` splits at everything else), so each
 * word is searched once and remembered; the few others ("-", "error code") are searched in the
 * text when a pattern asks.
 */
export class LiteralIndex {
  private readonly literals: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly wordLiterals: number[] = [];
  private readonly byWord = new Map<string, Int32Array>();
  /** What `find` starts from: -1 (absent until a word has it) for word literals, 0 (not searched yet) for the others. */
  private unknown: number[] = [];

  /** The requirements as literal ids, adding the literals they name. */
  add(requirements: readonly (readonly string[])[]): number[][] {
    return requirements.map((alternatives) =>
      alternatives.map((literal) => {
        let id = this.ids.get(literal);
        if (id === undefined) {
          id = this.literals.push(literal) - 1;
          this.ids.set(literal, id);
          if (isWordLiteral(literal)) this.wordLiterals.push(id);
          this.byWord.clear();
          this.unknown = this.literals.map((l) => (isWordLiteral(l) ? -1 : 0));
        }
        return id;
      }),
    );
  }

  /** What a folded text contains, given its words (`tokenize` of the same text). */
  find(text: string, words: readonly WordEntry[]): FoundLiterals {
    // 1: found, 0: not known yet (a literal with other characters, searched when asked), -1: absent.
    const found = this.unknown.slice();
    for (const word of words) {
      const ids = this.literalsIn(word);
      for (let i = 0; i < ids.length; i++) found[ids[i]] = 1;
    }
    return new FoundLiterals(text, this.literals, found);
  }

  private literalsIn(entry: WordEntry): Int32Array {
    if (entry.literalsOf === this) return entry.literals!;
    const ids = this.literalsInWord(entry.text);
    entry.literals = ids;
    entry.literalsOf = this;
    return ids;
  }

  private literalsInWord(word: string): Int32Array {
    let ids = this.byWord.get(word);
    if (ids) return ids;
    ids = Int32Array.from(this.wordLiterals.filter((id) => word.includes(this.literals[id])));
    if (this.byWord.size >= MaxCachedWords) this.byWord.clear();
    this.byWord.set(word, ids);
    return ids;
  }
}

/** The literals one text contains, by id. */
export class FoundLiterals {
  constructor(
    private readonly text: string,
    private readonly literals: readonly string[],
    private readonly found: number[],
  ) {}

  has(id: number): boolean {
    if (this.found[id] === 0) this.found[id] = this.text.includes(this.literals[id]) ? 1 : -1;
    return this.found[id] === 1;
  }

  /** True when the text may match: it contains an alternative of every requirement (literal ids). */
  satisfies(requirements: readonly (readonly number[])[]): boolean {
    return requirements.every((alternatives) => alternatives.some((id) => this.has(id)));
  }
}
