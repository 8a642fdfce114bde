import { RoutingPolicy } from '../policy';

/**
 * One change between two policy documents, for the audit trail. `before`/`after` are null where
 * the value did not exist; lists of words, codes or patterns also say which entries were added
 * and removed, so a one-term change reads as one term.
 */
export interface PolicyDiffEntry {
  /** e.g. `confidenceThreshold`, `agencies.skd.vocabulary.strong`, `agencies.skd.exceptions[1].terms`, `agencies.ldir`. */
  path: string;
  before: unknown;
  after: unknown;
  added?: string[];
  removed?: string[];
}

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringList = (v: Json): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function equal(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!equal(a[k], b[k])) return false;
    return true;
  }
  return false;
}

function diffValue(path: string, a: Json, b: Json, out: PolicyDiffEntry[]): void {
  if (equal(a, b)) return;
  // An optional list that is missing reads as empty (a weak list added to a vocabulary).
  if ((isStringList(a) || a === undefined) && (isStringList(b) || b === undefined)) {
    const before = a ?? [];
    const after = b ?? [];
    const had = new Set(before);
    const has = new Set(after);
    out.push({
      path,
      before: a ?? null,
      after: b ?? null,
      added: after.filter((x) => !had.has(x)),
      removed: before.filter((x) => !has.has(x)),
    });
    return;
  }
  if (isObject(a) && isObject(b)) {
    const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))];
    for (const key of keys) diffValue(`${path}.${key}`, a[key], b[key], out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) diffValue(`${path}[${i}]`, a[i], b[i], out);
    return;
  }
  out.push({ path, before: a ?? null, after: b ?? null });
}

/**
 * What changed from `a` to `b`, field by field. Agreements are matched by code (`agencies.<code>`),
 * so replacing one agreement shows only its changed fields; the version label is not content and
 * is left out.
 */
export function diffPolicies(a: RoutingPolicy, b: RoutingPolicy): PolicyDiffEntry[] {
  const out: PolicyDiffEntry[] = [];
  const { version: _va, agencies: agenciesA, ...restA } = a;
  const { version: _vb, agencies: agenciesB, ...restB } = b;
  for (const key of [...Object.keys(restA), ...Object.keys(restB).filter((k) => !(k in restA))]) {
    diffValue(key, (restA as Record<string, Json>)[key], (restB as Record<string, Json>)[key], out);
  }

  const byCodeA = new Map(agenciesA.map((x) => [x.code, x]));
  const byCodeB = new Map(agenciesB.map((x) => [x.code, x]));
  for (const agreement of agenciesB) {
    const before = byCodeA.get(agreement.code);
    if (!before) out.push({ path: `agencies.${agreement.code}`, before: null, after: agreement });
    else diffValue(`agencies.${agreement.code}`, before, agreement, out);
  }
  for (const agreement of agenciesA) {
    if (!byCodeB.has(agreement.code)) out.push({ path: `agencies.${agreement.code}`, before: agreement, after: null });
  }
  // Order decides ties between equally scored agreements, so a reordering is a change too.
  const commonA = agenciesA.map((x) => x.code).filter((c) => byCodeB.has(c));
  const commonB = agenciesB.map((x) => x.code).filter((c) => byCodeA.has(c));
  if (!equal(commonA, commonB)) out.push({ path: 'agencies (order)', before: commonA, after: commonB });
  return out;
}
