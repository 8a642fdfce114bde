import { agencyTarget, emailIdentity, phoneIdentity, socialAccountIdentity, type TechnicalCategory } from '@inquiry-router/contracts';
import { foldLetters, foldText } from './normalize-text';
import { TermMatcher, TermSpec } from './matching/term-matcher';
import { FoundLiterals, LiteralIndex, requiredLiterals } from './matching/required-literals';
import { AgencyAgreement, ContactPoints, RoutingPolicy, WeightedTerms } from './policy';

/** Weight of a strong and a weak vocabulary term. */
export const StrongWeight = 2;
export const WeakWeight = 1;

/** What a vocabulary hit feeds; the label of every term is one of these, so aggregation is a switch. */
export type SignalKind =
  | 'agency'
  | 'exception'
  | 'category'
  | 'integration'
  | 'service-owner'
  | 'case-feil'
  | 'case-bestilling'
  | 'earlier-contact'
  | 'not-earlier-contact'
  | 'escalated'
  | 'still-unsolved'
  | 'support-sender'
  | 'contact-word'
  | 'repeat-marker'
  | 'failure'
  | 'negation'
  | 'action'
  | 'aside'
  | 'question';

export interface SignalLabel {
  kind: SignalKind;
  /** Agency code, category, or exception index, depending on the kind. */
  key: string;
  strong: boolean;
}

/**
 * A pattern with what every match of it needs: a digit (then digit-free text skips it) and
 * literals (`requiredLiterals`: text without one of them skips it). Most inquiries skip most patterns.
 */
export interface GatedPattern {
  pattern: RegExp;
  needsDigit: boolean;
  /** Literal ids in the policy's `literals`. */
  requires: number[][];
}

/** False when the folded text cannot match the pattern; true when it may. */
export const mayMatch = (gated: GatedPattern, found: FoundLiterals, hasDigit: boolean): boolean =>
  (hasDigit || !gated.needsDigit) && found.satisfies(gated.requires);

/**
 * True when every match of the pattern must contain a digit: it uses \d or 0-9 and has no
 * top-level alternative that could match without one. Conservative: when unsure, false.
 */
export function patternNeedsDigit(source: string): boolean {
  if (!source.includes('\\d') && !source.includes('0-9')) return false;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return true;
}

export interface CompiledContactPoints {
  emails: Set<string>;
  phones: Set<string>;
  socialAccounts: Set<string>;
}

/** A policy turned into matchers once; every classification reuses it. */
export interface CompiledPolicy {
  policy: RoutingPolicy;
  matcher: TermMatcher<SignalLabel>;
  errorCodePatterns: GatedPattern[];
  formNumbers: ({ agency: string } & GatedPattern)[];
  /** The literals the patterns need, looked for once per inquiry. */
  literals: LiteralIndex;
  /** Folded service code → the agencies that own it (a code may be shared, like the a-melding). */
  serviceCodes: Map<string, string[]>;
  agencies: Map<string, AgencyAgreement>;
  /** The same agreements by the route they decide (`agency:<code>`), as the text model's route head names them. */
  agreementsByTarget: Map<string, AgencyAgreement>;
  categories: TechnicalCategory[];
  support: CompiledContactPoints;
  servicedesk: CompiledContactPoints;
}

const cache = new WeakMap<RoutingPolicy, CompiledPolicy>();

/** Compiles a policy, cached by object identity: a changed policy must be a new object. */
export function compilePolicy(policy: RoutingPolicy): CompiledPolicy {
  const cached = cache.get(policy);
  if (cached) return cached;
  const compiled = buildCompiledPolicy(policy);
  cache.set(policy, compiled);
  return compiled;
}

function compileContactPoints(points: ContactPoints): CompiledContactPoints {
  return {
    emails: new Set(points.emails.map(emailIdentity)),
    phones: new Set(points.phones.map(phoneIdentity)),
    socialAccounts: new Set(points.socialAccounts.map(socialAccountIdentity)),
  };
}

/** Pattern sources are folded like the text, so an operator may write "å" in them. */
function compilePattern(source: string, where: string, flags = 'i'): RegExp {
  try {
    return new RegExp(foldLetters(source), flags);
  } catch (e) {
    throw new Error(`Invalid pattern in policy (${where}): ${source}: ${(e as Error).message}`, { cause: e });
  }
}

function gatedPattern(source: string, where: string, flags: string, literals: LiteralIndex): GatedPattern {
  return {
    pattern: compilePattern(source, where, flags),
    needsDigit: patternNeedsDigit(source),
    // Read from the source as compiled (folded), and valid because the text is folded to lower case.
    requires: literals.add(requiredLiterals(foldLetters(source))),
  };
}

function buildCompiledPolicy(policy: RoutingPolicy): CompiledPolicy {
  const specs: TermSpec<SignalLabel>[] = [];

  const add = (terms: readonly string[] | undefined, kind: SignalKind, key: string, strong: boolean): void => {
    if (!terms || terms.length === 0) return;
    const data: SignalLabel = { kind, key, strong };
    const weight = strong ? StrongWeight : WeakWeight;
    for (const term of terms) specs.push({ term, weight, data });
  };
  const addWeighted = (terms: WeightedTerms | undefined, kind: SignalKind, key: string): void => {
    add(terms?.strong, kind, key, true);
    add(terms?.weak, kind, key, false);
  };

  const agencies = new Map<string, AgencyAgreement>();
  const serviceCodes = new Map<string, string[]>();
  const formNumbers: ({ agency: string } & GatedPattern)[] = [];
  const literals = new LiteralIndex();
  for (const agreement of policy.agencies) {
    agencies.set(agreement.code, agreement);
    addWeighted(agreement.vocabulary, 'agency', agreement.code);
    // The agency's own name always counts as a strong term.
    add([agreement.name], 'agency', agreement.code, true);
    agreement.exceptions.forEach((ex, i) => add(ex.terms, 'exception', `${agreement.code}#${i}`, true));
    for (const code of agreement.serviceCodes) {
      const key = foldText(code.trim());
      const owners = serviceCodes.get(key) ?? [];
      if (!owners.includes(agreement.code)) owners.push(agreement.code);
      serviceCodes.set(key, owners);
    }
    for (const source of agreement.formNumberPatterns) {
      formNumbers.push({ agency: agreement.code, ...gatedPattern(source, `${agreement.code} form number`, 'i', literals) });
    }
  }

  const v = policy.vocabularies;
  const categories = Object.keys(v.technicalCategories) as TechnicalCategory[];
  for (const category of categories) addWeighted(v.technicalCategories[category], 'category', category);
  addWeighted(v.servicedesk.integration, 'integration', 'integration');
  addWeighted(v.servicedesk.serviceOwnerOrVendor, 'service-owner', 'service-owner');
  addWeighted(v.servicedeskCaseTypes.feil, 'case-feil', 'feil');
  addWeighted(v.servicedeskCaseTypes.bestilling, 'case-bestilling', 'bestilling');
  add(v.secondLine.earlierContact, 'earlier-contact', '', true);
  add(v.secondLine.notEarlierContact, 'not-earlier-contact', '', true);
  add(v.secondLine.escalatedThread, 'escalated', '', true);
  add(v.secondLine.stillUnsolved, 'still-unsolved', '', true);
  add(v.secondLine.supportSenders, 'support-sender', '', true);
  add(v.secondLine.contactWords, 'contact-word', '', true);
  add(v.secondLine.repeatMarkers, 'repeat-marker', '', true);
  addWeighted(v.blocking.failures, 'failure', '');
  add(v.blocking.negations, 'negation', '', true);
  add(v.blocking.portalActions, 'action', '', true);
  add(v.blocking.asideMarkers, 'aside', '', true);
  addWeighted(v.subjectMatterQuestions, 'question', '');

  return {
    policy,
    matcher: new TermMatcher(specs),
    // Global, so every match is seen: the first may be one that does not count (an agency's form number).
    errorCodePatterns: v.secondLine.errorCodePatterns.map((p, i) => gatedPattern(p, `second-line error code #${i + 1}`, 'gi', literals)),
    literals,
    formNumbers,
    serviceCodes,
    agencies,
    agreementsByTarget: new Map(policy.agencies.map((a) => [agencyTarget(a.code), a])),
    categories,
    support: compileContactPoints(policy.contactPoints.support),
    servicedesk: compileContactPoints(policy.contactPoints.servicedesk),
  };
}
