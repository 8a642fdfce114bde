import { defaultPolicy } from '../default-policy/default-policy';
import { backtrackingRisk } from './backtracking-risk';

/** Every pattern source of a policy document, wherever it stands. */
function patternsIn(value: unknown, key = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => (/Patterns$/.test(key) && typeof v === 'string' ? [v] : patternsIn(v, key)));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => patternsIn(v, k));
  return [];
}

describe('backtrackingRisk', () => {
  it.each([
    ['(a+)+$', /"\(a\+\)\+" repeats "a\+"/],
    ['(a*)*b', /repeats "a\*"/],
    ['^(\\w+\\s?)*$', /repeats "\\\\w\+"/],
    ['(a+ba+)+x', /repeats "a\+"/],
    ['(.*x){3,}y', /repeats "\.\*"/],
    ['(?:\\d{1,3}\\.?){5,}z', /repeats "\\\\d\{1,3\}"/],
    ['((ab)*c?)+$', /repeats "\(ab\)\*"/],
    ['(x+x+)+y', /repeats "x\+"/],
    ['(\\w|\\d)+$', /alternatives "\\\\w" and "\\\\d"/],
    ['(a|aa)+b', /alternatives "a" and "aa"/],
    ['(ab|ab)*c', /alternatives "ab" and "ab"/],
    ['(.|\\s)*!', /alternatives "\." and "\\\\s"/],
    ['(x(a|a)y)+z', /alternatives "a" and "a"/],
    ['(A+)+$', /repeats "A\+"/],
  ])('refuses %s', (source, reason) => {
    expect(backtrackingRisk(source)).toMatch(reason);
  });

  it.each([
    '\\brf[- ]?\\d{4}\\b',
    '(\\w+\\s)+x',
    '((en|ein|to|tre)\\b\\s*){3,}',
    '(a+b)+',
    '((a+b)?c)+',
    '(ab|a)+',
    '(\\d{2}){3,}',
    '[a-z0-9][a-z0-9-]{5,}',
    '(nr\\.?|no\\.?)?\\s*\\d+',
    '(?<!(var|min)\\s)\\bref\\s*\\d{4,}',
    '[]a]+',
    '(?<year>\\d{4})-\\k<year>',
  ])('lets %s through', (source) => {
    expect(backtrackingRisk(source)).toBeNull();
  });

  it('finds nothing to refuse in the default policy', () => {
    const patterns = patternsIn(defaultPolicy);
    expect(patterns.length).toBeGreaterThan(10);
    expect(patterns.filter((p) => backtrackingRisk(p) !== null)).toEqual([]);
  });
});
