import {
  AgencyCodePattern,
  emailIdentity,
  isTechnicalCategory,
  phoneIdentity,
  socialAccountIdentity,
  TechnicalCategories,
} from '@inquiry-router/contracts';
import { compilePolicy } from '../compile-policy';
import { foldLetters, foldText } from '../normalize-text';
import { RoutingPolicy } from '../policy';
import { backtrackingRisk } from './backtracking-risk';
import { PolicyProblem } from './policy-problem';

/** A policy term's length at most; the classifier's policy-change requests refuse a longer one too. */
export const MaxPolicyTermLength = 200;
const MaxPatternLength = 500;

type Report = (path: string, message: string) => void;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const show = (v: unknown): string => JSON.stringify(v);

/**
 * What is wrong with a term, or null. Mirrors the term syntax in policy.ts: words of a-z 0-9 after
 * folding, a word may start or end with `*` (not both, and not `*` alone), `~` only between words.
 */
export function termProblem(term: unknown): string | null {
  if (typeof term !== 'string') return `must be a string, not ${show(term)}`;
  if (term.trim() === '') return 'is empty';
  if (term.length > MaxPolicyTermLength) return `is longer than ${MaxPolicyTermLength} characters`;
  const words = foldText(term)
    .replace(/[^a-z0-9*~]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  if (words.length === 0) return `${show(term)} has no letters or digits, so it can never match`;
  if (words[0] === '~' || words[words.length - 1] === '~') return `${show(term)}: "~" may only stand between two words`;
  for (const word of words) {
    if (word === '~') continue;
    if (/^\*+$/.test(word)) return `${show(term)}: "*" alone would match every word`;
    if (word.startsWith('*') && word.endsWith('*')) return `${show(term)}: a word may start or end with "*", not both`;
    if (word.slice(1, -1).includes('*') || word.includes('~'))
      return `${show(term)}: "*" only at the start or end of a word, "~" only as a word of its own`;
  }
  return null;
}

/**
 * What is wrong with a pattern source, or null: it must compile the way the classifier compiles it,
 * and not be one whose matching time can explode on an inquiry's text.
 */
export function patternProblem(source: unknown): string | null {
  if (typeof source !== 'string') return `must be a string, not ${show(source)}`;
  if (source.trim() === '') return 'is empty';
  if (source.length > MaxPatternLength) return `is longer than ${MaxPatternLength} characters`;
  let pattern: RegExp;
  try {
    pattern = new RegExp(foldLetters(source), 'i');
  } catch (e) {
    return `${show(source)} is not a valid regular expression: ${(e as Error).message}`;
  }
  if (pattern.test('')) return `${show(source)} matches an empty text, so it would match every inquiry`;
  const risk = backtrackingRisk(foldLetters(source));
  return risk ? `${show(source)} could make the classifier hang: ${risk}` : null;
}

/** `seen`: terms already listed elsewhere in the same vocabulary (a term listed twice counts twice). */
function checkTerms(terms: unknown, path: string, report: Report, options: { required?: boolean; seen?: Set<string> } = {}): void {
  if (terms === undefined && !options.required) return;
  if (!Array.isArray(terms)) return report(path, 'must be a list of words or phrases');
  if (options.required && terms.length === 0) report(path, 'needs at least one word or phrase');
  const seen = options.seen ?? new Set<string>();
  terms.forEach((term, i) => {
    const problem = termProblem(term);
    if (problem) return report(`${path}[${i}]`, problem);
    const key = foldText(term as string).trim();
    if (seen.has(key)) report(`${path}[${i}]`, `${show(term)} is listed twice`);
    seen.add(key);
  });
}

/** Lists that must each be there (empty allowed): `parent[key]` for every key. */
function checkTermLists(parent: Record<string, unknown>, keys: readonly string[], path: string, report: Report): void {
  for (const key of keys) {
    if (!Array.isArray(parent[key])) report(`${path}.${key}`, 'must be a list of words or phrases');
    else checkTerms(parent[key], `${path}.${key}`, report);
  }
}

function checkWeighted(value: unknown, path: string, report: Report): void {
  if (!isObject(value)) return report(path, 'must be an object with "strong" and/or "weak" lists');
  for (const key of Object.keys(value)) {
    if (key !== 'strong' && key !== 'weak') report(`${path}.${key}`, 'is not a known list (use "strong" or "weak")');
  }
  const seen = new Set<string>();
  checkTerms(value.strong, `${path}.strong`, report, { seen });
  checkTerms(value.weak, `${path}.weak`, report, { seen });
}

/** Each of `keys` in `parent`: a weighted ("strong"/"weak") list. */
function checkWeightedLists(parent: Record<string, unknown>, keys: readonly string[], path: string, report: Report): void {
  for (const key of keys) checkWeighted(parent[key], `${path}.${key}`, report);
}

function checkPatterns(patterns: unknown, path: string, report: Report): void {
  if (!Array.isArray(patterns)) return report(path, 'must be a list of regular-expression sources');
  patterns.forEach((p, i) => {
    const problem = patternProblem(p);
    if (problem) report(`${path}[${i}]`, problem);
  });
}

function checkStrings(values: unknown, path: string, report: Report): void {
  if (!Array.isArray(values)) return report(path, 'must be a list of strings');
  values.forEach((v, i) => {
    if (!isNonEmptyString(v)) report(`${path}[${i}]`, 'must be a non-empty string');
  });
}

const categoryMessage = (v: unknown) => `${show(v)} is not a technical category (${TechnicalCategories.join(', ')})`;

function checkContactPoints(points: unknown, path: string, report: Report): void {
  if (!isObject(points)) return report(path, 'must be an object with emails, phones and socialAccounts');
  checkStrings(points.emails, `${path}.emails`, report);
  checkStrings(points.phones, `${path}.phones`, report);
  checkStrings(points.socialAccounts, `${path}.socialAccounts`, report);
  if (Array.isArray(points.emails)) {
    points.emails.forEach((e, i) => {
      if (isNonEmptyString(e) && !/^[^@\s]+@[^@\s]+$/.test(e.trim())) report(`${path}.emails[${i}]`, `${show(e)} is not an email address`);
    });
  }
  if (Array.isArray(points.phones)) {
    points.phones.forEach((p, i) => {
      if (isNonEmptyString(p) && !/^\+?[0-9 ]{3,20}$/.test(p.trim()))
        report(`${path}.phones[${i}]`, `${show(p)} is not a phone number (digits, optionally a leading +)`);
    });
  }
}

/** Values listed by both desks: an inquiry sent there could not be told apart. */
function checkDesksDistinct(support: unknown, servicedesk: unknown, report: Report): void {
  if (!isObject(support) || !isObject(servicedesk)) return;
  const normalize: Record<string, (v: string) => string> = {
    emails: emailIdentity,
    phones: phoneIdentity,
    socialAccounts: socialAccountIdentity,
  };
  for (const [field, norm] of Object.entries(normalize)) {
    const a = support[field];
    const b = servicedesk[field];
    if (!Array.isArray(a) || !Array.isArray(b)) continue;
    const ours = new Set(a.filter(isNonEmptyString).map(norm));
    b.forEach((v, i) => {
      if (isNonEmptyString(v) && ours.has(norm(v))) {
        report(
          `contactPoints.servicedesk.${field}[${i}]`,
          `${show(v)} is also a support contact point; an inquiry sent there could not be told apart`,
        );
      }
    });
  }
}

/** An agreement's problems are reported under `agencies.<code>`, or `agencies[<index>]` when its code cannot name it. */
function checkAgencies(agencies: unknown, report: Report): void {
  if (!Array.isArray(agencies)) return report('agencies', 'must be a list of agency agreements');
  const counts = new Map<string, number>();
  for (const a of agencies) if (isObject(a) && typeof a.code === 'string') counts.set(a.code, (counts.get(a.code) ?? 0) + 1);

  agencies.forEach((agreement, index) => {
    if (!isObject(agreement)) return report(`agencies[${index}]`, 'must be an agency agreement object');
    const code = agreement.code;
    const codeIsGood = typeof code === 'string' && AgencyCodePattern.test(code) && counts.get(code) === 1;
    const at = codeIsGood ? `agencies.${code}` : `agencies[${index}]`;
    if (typeof code !== 'string' || !AgencyCodePattern.test(code)) {
      report(`${at}.code`, `${show(code)} is not an agency code (2-20 of a-z, 0-9 and -)`);
    } else if ((counts.get(code) ?? 0) > 1) {
      report(`${at}.code`, `"${code}" is the code of more than one agreement; codes must be unique`);
    }
    if (!isNonEmptyString(agreement.name)) report(`${at}.name`, 'must be the agency name (it also counts as a strong term)');
    else {
      const problem = termProblem(agreement.name);
      if (problem) report(`${at}.name`, problem);
    }
    if (typeof agreement.orgNumber !== 'string' || !/^\d{9}$/.test(agreement.orgNumber)) {
      report(`${at}.orgNumber`, `${show(agreement.orgNumber)} is not an organisation number (9 digits)`);
    }
    checkStrings(agreement.services, `${at}.services`, report);
    checkStrings(agreement.serviceCodes, `${at}.serviceCodes`, report);
    checkPatterns(agreement.formNumberPatterns, `${at}.formNumberPatterns`, report);
    checkWeighted(agreement.vocabulary, `${at}.vocabulary`, report);
    if (!Array.isArray(agreement.exceptions)) report(`${at}.exceptions`, 'must be a list (may be empty)');
    else {
      agreement.exceptions.forEach((ex, i) => {
        const ep = `${at}.exceptions[${i}]`;
        if (!isObject(ex)) return report(ep, 'must be an object with description, terms and category');
        if (!isNonEmptyString(ex.description)) report(`${ep}.description`, 'must say which questions the portal still handles');
        checkTerms(ex.terms, `${ep}.terms`, report, { required: true });
        if (!isTechnicalCategory(ex.category)) report(`${ep}.category`, categoryMessage(ex.category));
      });
    }
    if (agreement.examples !== undefined) {
      if (!Array.isArray(agreement.examples)) report(`${at}.examples`, 'must be a list of example inquiries');
      else {
        agreement.examples.forEach((ex, i) => {
          if (!isObject(ex) || !isNonEmptyString(ex.text)) report(`${at}.examples[${i}].text`, 'must be the text of an example inquiry');
          else if (ex.note !== undefined && typeof ex.note !== 'string') report(`${at}.examples[${i}].note`, 'must be a string');
        });
      }
    }
  });
}

function checkVocabularies(v: unknown, report: Report): void {
  if (!isObject(v)) return report('vocabularies', 'must be an object');
  const p = 'vocabularies';
  if (!isObject(v.technicalCategories)) report(`${p}.technicalCategories`, 'must map each technical category to its words');
  else {
    for (const [category, terms] of Object.entries(v.technicalCategories)) {
      if (!isTechnicalCategory(category)) report(`${p}.technicalCategories.${category}`, categoryMessage(category));
      checkWeighted(terms, `${p}.technicalCategories.${category}`, report);
    }
  }
  if (!isObject(v.servicedesk)) report(`${p}.servicedesk`, 'must have "integration" and "serviceOwnerOrVendor"');
  else checkWeightedLists(v.servicedesk, ['integration', 'serviceOwnerOrVendor'], `${p}.servicedesk`, report);
  if (!isObject(v.servicedeskCaseTypes)) report(`${p}.servicedeskCaseTypes`, 'must have "feil" and "bestilling"');
  else checkWeightedLists(v.servicedeskCaseTypes, ['feil', 'bestilling'], `${p}.servicedeskCaseTypes`, report);
  if (!isObject(v.secondLine)) report(`${p}.secondLine`, 'must be an object');
  else {
    const secondLine = v.secondLine;
    checkPatterns(secondLine.errorCodePatterns, `${p}.secondLine.errorCodePatterns`, report);
    checkTermLists(secondLine, ['earlierContact', 'notEarlierContact', 'escalatedThread'], `${p}.secondLine`, report);
    // Lists added after the first versions were published: checked when present.
    for (const key of ['stillUnsolved', 'supportSenders', 'contactWords', 'repeatMarkers'])
      checkTerms(secondLine[key], `${p}.secondLine.${key}`, report);
  }
  if (!isObject(v.blocking)) report(`${p}.blocking`, 'must be an object');
  else {
    checkWeighted(v.blocking.failures, `${p}.blocking.failures`, report);
    checkTermLists(v.blocking, ['negations', 'portalActions', 'asideMarkers'], `${p}.blocking`, report);
  }
  checkWeighted(v.subjectMatterQuestions, `${p}.subjectMatterQuestions`, report);
}

/**
 * The structural checks a policy document must pass before it is simulated or published: every
 * agreement well-formed with a unique code, every pattern compiles (as the classifier compiles it)
 * and cannot match an empty text, no empty or unmatchable terms, the threshold in [0, 1], the two
 * desks' contact points distinct. An empty list means the classifier can run under it.
 */
export function validatePolicy(policy: RoutingPolicy): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const report: Report = (path, message) => problems.push({ path, message });
  const doc = policy as unknown;
  if (!isObject(doc)) return [{ path: '', message: 'the policy must be a JSON object' }];

  if (!isNonEmptyString(doc.version)) report('version', 'must be a non-empty string');
  const t = doc.confidenceThreshold;
  if (typeof t !== 'number' || !Number.isFinite(t) || t < 0 || t > 1)
    report('confidenceThreshold', `${show(t)} must be a number from 0 to 1`);

  if (doc.repeatContact !== undefined) {
    const days = isObject(doc.repeatContact) ? doc.repeatContact.withinDays : undefined;
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 365)
      report('repeatContact.withinDays', `${show(days)} must be a whole number of days from 1 to 365`);
  }

  if (!isObject(doc.contactPoints)) report('contactPoints', 'must have "support" and "servicedesk"');
  else {
    checkContactPoints(doc.contactPoints.support, 'contactPoints.support', report);
    checkContactPoints(doc.contactPoints.servicedesk, 'contactPoints.servicedesk', report);
    checkDesksDistinct(doc.contactPoints.support, doc.contactPoints.servicedesk, report);
  }
  checkAgencies(doc.agencies, report);

  if (!isObject(doc.ivrMenuCategories)) report('ivrMenuCategories', 'must map phone menu digits to technical categories');
  else {
    for (const [digit, category] of Object.entries(doc.ivrMenuCategories)) {
      if (!/^\d$/.test(digit)) report(`ivrMenuCategories.${digit}`, `${show(digit)} is not a phone menu digit`);
      if (!isTechnicalCategory(category)) report(`ivrMenuCategories.${digit}`, categoryMessage(category));
    }
  }
  checkVocabularies(doc.vocabularies, report);

  // The last word: the classifier must be able to compile it (catches what the checks above missed).
  if (!problems.some((p) => p.path.includes('Patterns'))) {
    try {
      compilePolicy(policy);
    } catch (e) {
      report('', `the classifier cannot use this policy: ${(e as Error).message}`);
    }
  }
  return problems;
}

/** Identifies a problem across documents whose lists differ in length (the index of the entry aside). */
const problemKey = (p: PolicyProblem): string => `${p.path.replace(/\[\d+\]$/, '')}\u0000${p.message}`;

/**
 * A draft's problems, split into those the draft introduces (which block it) and those it
 * inherits unchanged from its base (reported, but not held against the draft: otherwise a flaw
 * already in force would block every change, including the one that fixes something else).
 */
export function problemsIntroduced(base: RoutingPolicy, draft: RoutingPolicy): { introduced: PolicyProblem[]; inherited: PolicyProblem[] } {
  const before = new Set(validatePolicy(base).map(problemKey));
  const problems = validatePolicy(draft);
  return {
    introduced: problems.filter((p) => !before.has(problemKey(p))),
    inherited: problems.filter((p) => before.has(problemKey(p))),
  };
}
