/**
 * Finds the shapes of a regular expression that make a backtracking engine (V8's) take exponential
 * time on a text that almost matches, so one inquiry could hang the classifier:
 *
 * - a repetition holding a variable-length repetition that can share characters with the rest of
 *   the repeated part, or that is all the repeated part has: `(a+)+`, `(\w+\s?)*`, `(a+ba+)+`,
 *   `(.*x){3,}` — a run of those characters can be split between the repetitions in many ways;
 * - a repetition holding alternatives that can match the same text: `(\w|\d)+`, `(a|aa)*`.
 *
 * What stays allowed is a repeated part that each time must consume a character the inner
 * repetition cannot: `(\w+\s)+`, `((en|to|tre)\b\s*){3,}`. Character sets are judged by testing
 * the Latin-1 range (and a few characters beyond it) against each atom, compiled as the
 * classifier compiles patterns (case-insensitive), so no character-class syntax is interpreted here.
 */
export function backtrackingRisk(source: string): string | null {
  const parser = new Parser(source);
  const tree: Node = { kind: 'group', alternatives: parser.alternatives(), source };
  for (const repeat of nodesIn(tree)) {
    if (repeat.kind !== 'repeat' || repeat.max <= 1) continue;
    for (const inner of nodesIn(repeat.node)) {
      if (inner.kind === 'repeat' && inner.max > 1 && inner.max > inner.min && !separated(repeat.node, inner))
        return `${show(repeat.source)} repeats ${show(inner.source)}, so a text can be split between the repetitions in exponentially many ways`;
      if (inner.kind === 'group') {
        const ambiguous = ambiguousAlternatives(inner);
        if (ambiguous)
          return `${show(repeat.source)} repeats the alternatives ${show(ambiguous[0])} and ${show(ambiguous[1])}, which can match the same text`;
      }
    }
  }
  return null;
}

type Node =
  /** One character: a literal, an escape such as \d, a class [...], or `.`. */
  | { kind: 'char'; source: string }
  /** Consumes nothing: ^ $ \b \B and lookarounds. */
  | { kind: 'assertion'; source: string }
  /** \1, \k<name>: any text, possibly none. */
  | { kind: 'backreference'; source: string }
  | { kind: 'group'; alternatives: Node[][]; source: string }
  | { kind: 'repeat'; node: Node; min: number; max: number; source: string };

const show = (s: string) => JSON.stringify(s);

/** A parser for sources that compile already (patternProblem compiles them first). */
class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  alternatives(): Node[][] {
    const alternatives = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      alternatives.push(this.sequence());
    }
    return alternatives;
  }

  private sequence(): Node[] {
    const items: Node[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const start = this.i;
      items.push(this.quantified(this.atom(), start));
    }
    return items;
  }

  private atom(): Node {
    const rest = this.s.slice(this.i);
    if (rest.startsWith('(')) {
      const start = this.i;
      const opening = /^\((\?:|\?<?[=!]|\?<[^>]+>)?/.exec(rest)![0];
      this.i += opening.length;
      const alternatives = this.alternatives();
      this.i++; // ')'
      const source = this.s.slice(start, this.i);
      return /[=!]$/.test(opening) ? { kind: 'assertion', source } : { kind: 'group', alternatives, source };
    }
    const token = /^(\[\^?(\\.|[^\]\\])*\]|\\[bB]|\\[1-9]\d*|\\k<[^>]+>|\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\c[A-Za-z]|\\.|[^])/.exec(
      rest,
    )![0];
    this.i += token.length;
    if (token === '^' || token === '$' || token === '\\b' || token === '\\B') return { kind: 'assertion', source: token };
    if (/^\\([1-9]|k<)/.test(token)) return { kind: 'backreference', source: token };
    return { kind: 'char', source: token };
  }

  private quantified(node: Node, start: number): Node {
    const m = /^(?:([*+?])|\{(\d+)(,(\d*))?\})\??/.exec(this.s.slice(this.i));
    if (!m) return node;
    this.i += m[0].length;
    const [min, max] = m[1]
      ? { '*': [0, Infinity], '+': [1, Infinity], '?': [0, 1] }[m[1] as '*' | '+' | '?']
      : [Number(m[2]), m[3] === undefined ? Number(m[2]) : m[4] === '' ? Infinity : Number(m[4])];
    return { kind: 'repeat', node, min, max, source: this.s.slice(start, this.i) };
  }
}

/** The node and every node inside it (lookarounds are opaque), outermost first. */
function* nodesIn(node: Node): Generator<Node> {
  yield node;
  if (node.kind === 'repeat') yield* nodesIn(node.node);
  if (node.kind === 'group') for (const alternative of node.alternatives) for (const item of alternative) yield* nodesIn(item);
}

/** The characters tried for every atom: Latin-1, and a few beyond it standing for the rest. */
const probes = [...Array.from({ length: 256 }, (_, code) => String.fromCharCode(code)), '\u0100', '\u2028', '\u4e00'];
type CharSet = boolean[];
const charSetCache = new Map<string, CharSet>();

function charSetOf(atom: string): CharSet {
  let set = charSetCache.get(atom);
  if (!set) {
    const matcher = new RegExp(`^(?:${atom})$`, 'i');
    set = probes.map((c) => matcher.test(c));
    charSetCache.set(atom, set);
  }
  return set;
}

const anyChar: CharSet = probes.map(() => true);
const union = (sets: CharSet[]): CharSet => probes.map((_, i) => sets.some((s) => s[i]));
const overlap = (a: CharSet, b: CharSet): boolean => a.some((x, i) => x && b[i]);

/** Every character the node could consume. */
function charsOf(node: Node): CharSet {
  switch (node.kind) {
    case 'char':
      return charSetOf(node.source);
    case 'assertion':
      return probes.map(() => false);
    case 'backreference':
      return anyChar;
    case 'repeat':
      return charsOf(node.node);
    case 'group':
      return union(node.alternatives.flat().map(charsOf));
  }
}

function minLength(node: Node): number {
  switch (node.kind) {
    case 'char':
      return 1;
    case 'assertion':
    case 'backreference':
      return 0;
    case 'repeat':
      return node.min * minLength(node.node);
    case 'group':
      return Math.min(...node.alternatives.map((a) => a.reduce((sum, item) => sum + minLength(item), 0)));
  }
}

const contains = (node: Node, target: Node): boolean => [...nodesIn(node)].includes(target);

/** The items outside `inner` that every pass through `body` on the way to `inner` consumes. */
function mandatoryBeside(body: Node, inner: Node): Node[] {
  if (body === inner) return [];
  if (body.kind === 'repeat') return mandatoryBeside(body.node, inner);
  if (body.kind !== 'group') return [];
  const path = body.alternatives.find((alternative) => alternative.some((item) => contains(item, inner)))!;
  return path.flatMap((item) => (contains(item, inner) ? mandatoryBeside(item, inner) : minLength(item) > 0 ? [item] : []));
}

/** Every char atom of `body` outside `inner`. */
function atomsBeside(body: Node, inner: Node): Node[] {
  return [...nodesIn(body)].filter((n) => n.kind !== 'group' && n.kind !== 'repeat' && !contains(inner, n));
}

/**
 * An inner repetition is harmless when nothing else in the repeated part can consume its
 * characters and every pass must consume something else: a run of them then belongs to one pass.
 */
function separated(body: Node, inner: Node): boolean {
  const chars = charsOf(inner);
  return atomsBeside(body, inner).every((atom) => !overlap(charsOf(atom), chars)) && mandatoryBeside(body, inner).length > 0;
}

/**
 * Two alternatives that are the same, or can both match a text of one repeated character (`a` and
 * `aa`, `\w` and `\d`): such a text can go either way. Returns their sources, or null.
 */
function ambiguousAlternatives(group: Extract<Node, { kind: 'group' }>): [string, string] | null {
  const uniform = group.alternatives.map((alternative) => {
    const consuming = alternative.filter((item) => item.kind !== 'assertion');
    const atoms = consuming.map((item) => (item.kind === 'repeat' ? item.node : item));
    if (atoms.length === 0 || atoms.some((atom) => atom.kind !== 'char')) return null;
    return probes.map((_, i) => atoms.every((atom) => charsOf(atom)[i]));
  });
  const text = (alternative: Node[]) => alternative.map((item) => item.source).join('');
  for (let a = 0; a < uniform.length; a++)
    for (let b = a + 1; b < uniform.length; b++) {
      const [x, y] = [uniform[a], uniform[b]];
      const [first, second] = [text(group.alternatives[a]), text(group.alternatives[b])];
      if (first === second || (x && y && overlap(x, y))) return [first, second];
    }
  return null;
}
