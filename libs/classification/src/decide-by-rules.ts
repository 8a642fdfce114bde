import { agencyTarget, type CaseType, type TechnicalCategory } from '@inquiry-router/contracts';
import type { ClassificationResult, InquiryText } from './classification-result';
import { StrongWeight } from './compile-policy';
import { RoutingPolicy } from './policy';
import { quote, Reasons } from './reasons';
import { describeIdentifier, Evidence, Signals } from './signals/signals';

export type Draft = Omit<ClassificationResult, 'policyVersion' | 'language'>;

export const clamp = (x: number): number => Math.round(Math.min(0.97, Math.max(0.05, x)) * 100) / 100;
export { quote } from './reasons';

/** How the service desk's own address is called in the channel it came through. */
export const servicedeskAddressKind = (channel: InquiryText['channel']): 'number' | 'address' | 'account' =>
  channel === 'phone' ? 'number' : channel === 'email' ? 'address' : 'account';

/** The rules' second-line signals, each quoted with its count (0: not found), for the `second-line` reason. */
export function secondLineParams(signals: Signals): Record<string, string | number> {
  return {
    errorCodes: quote(signals.errorCodes, 2),
    errorCodeCount: Math.min(signals.errorCodes.length, 2),
    earlierContact: quote(signals.earlierContact, 2),
    earlierContactCount: Math.min(signals.earlierContact.length, 2),
    escalatedThread: quote(signals.escalatedThread, 2),
    escalatedThreadCount: Math.min(signals.escalatedThread.length, 2),
  };
}

/** An agreement's evidence: its identifiers found (form numbers, service codes) and its words, each with its count. */
export function agreementEvidenceParams(signals: Signals, agency: string, words: readonly string[]): Record<string, string | number> {
  const ids = signals.agencyIdentifiers.get(agency) ?? [];
  const formNumbers = ids.filter((i) => i.kind === 'form-number').map((i) => i.value);
  const serviceCodes = ids.filter((i) => i.kind !== 'form-number').map((i) => i.value);
  return {
    formNumbers: formNumbers.join(', '),
    formNumberCount: formNumbers.length,
    serviceCodes: serviceCodes.join(', '),
    serviceCodeCount: serviceCodes.length,
    words: quote(words),
    wordCount: Math.min(words.length, 4),
  };
}

interface Ranked<K> {
  best: K | null;
  bestScore: number;
  bestEvidence: Evidence | null;
  secondScore: number;
}

function rank<K>(map: Map<K, Evidence>, skip?: K): Ranked<K> {
  let best: K | null = null;
  let bestEvidence: Evidence | null = null;
  let bestScore = 0;
  let secondScore = 0;
  for (const [key, e] of map) {
    if (key === skip) continue;
    if (e.score > bestScore) {
      secondScore = bestScore;
      bestScore = e.score;
      best = key;
      bestEvidence = e;
    } else if (e.score > secondScore) secondScore = e.score;
  }
  return { best, bestScore, bestEvidence, secondScore };
}

/** The portal category that best fits the content; the phone menu choice counts as one weak term. */
export function portalCategory(signals: Signals): {
  category: TechnicalCategory;
  evidence: Evidence | null;
  margin: number;
  score: number;
} {
  const scores = new Map(signals.categories);
  scores.delete('integration');
  if (signals.ivrCategory && signals.ivrCategory !== 'integration') {
    const e = scores.get(signals.ivrCategory) ?? { score: 0, strong: false, terms: [] };
    scores.set(signals.ivrCategory, { ...e, score: e.score + 1, terms: [...e.terms, 'phone menu choice'] });
  }
  // "other" is the fallback: it wins only when clearly ahead.
  const other = scores.get('other');
  if (other) scores.set('other', { ...other, score: other.score - 0.5 });
  const r = rank(scores);
  if (!r.best) return { category: 'other', evidence: null, margin: 0, score: 0 };
  return { category: r.best, evidence: r.bestEvidence, margin: r.bestScore - r.secondScore, score: r.bestScore };
}

export function servicedeskCaseType(signals: Signals, reasons: Reasons): CaseType {
  const feil = signals.caseFeil;
  const order = signals.caseBestilling;
  // A weak word alone ("tilgang", "feil") does not make a case type; a strong one does.
  // An error code or a blocking failure is a report that something is broken, whatever the words.
  const broken = signals.errorCodes.length > 0 || signals.blocking.score > 0;
  const feilCounts = (feil.strong ? feil.score : 0) + (broken ? StrongWeight : 0);
  if (broken) feil.terms.push(...signals.errorCodes.slice(0, 1), ...signals.blocking.terms.slice(0, 1));
  const orderCounts = order.strong ? order.score : 0;
  if (feilCounts === 0 && orderCounts === 0) {
    reasons.add('case-type-support', {}, 'Case type support: no report of an error and no order in the text.');
    return 'support';
  }
  if (orderCounts > feilCounts) {
    reasons.add(
      'case-type-order',
      { terms: quote(order.terms) },
      `Case type bestilling: the person orders something (${quote(order.terms)}).`,
    );
    return 'bestilling';
  }
  reasons.add(
    'case-type-error',
    { terms: quote(feil.terms) },
    `Case type feil: the person reports that something is broken (${quote(feil.terms)}).`,
  );
  return 'feil';
}

function decideServicedesk(signals: Signals, reasons: Reasons, confidence: number): Draft {
  let category: TechnicalCategory;
  if (signals.integration.strong) {
    category = 'integration';
    reasons.add(
      'category',
      { category, terms: quote(signals.integration.terms) },
      `Category integration: ${quote(signals.integration.terms)}.`,
    );
  } else {
    const c = portalCategory(signals);
    category = c.category;
    if (c.evidence)
      reasons.add('category', { category, terms: quote(c.evidence.terms) }, `Category ${category}: ${quote(c.evidence.terms)}.`);
    else reasons.add('category-no-words', { scope: 'servicedesk' }, 'Category other: no integration or portal-category words.');
  }
  const caseType = servicedeskCaseType(signals, reasons);
  return {
    target: 'servicedesk',
    kind: 'technical',
    category,
    agency: null,
    caseType,
    confidence: clamp(confidence),
    ...reasons.fields(),
  };
}

export function decideTechnical(signals: Signals, reasons: Reasons, agencyScore: number, agency: string | null): Draft {
  const c = portalCategory(signals);
  let category = c.category;
  const exception = signals.exceptions.find((e) => e.agency === agency);
  if (exception) {
    category = exception.category;
    reasons.add(
      'agreement-exception',
      { agency: exception.agency, description: exception.description },
      `Agreement exception (${agency}): ${exception.description}`,
    );
  }
  if (c.evidence)
    reasons.add(
      'category',
      { category: c.category, terms: quote(c.evidence.terms) },
      `Category ${c.category}: ${quote(c.evidence.terms)}.`,
    );
  else reasons.add('category-no-words', { scope: 'portal' }, 'Category other: no portal-category words.');
  if (agency)
    reasons.add(
      'portal-agency-not-named',
      { agency },
      `The service belongs to ${agency}, but this is a portal question, so no agency is named.`,
    );

  const secondLine: string[] = [];
  if (signals.errorCodes.length > 0) secondLine.push(`error code or reference from the portal (${quote(signals.errorCodes, 2)})`);
  if (signals.earlierContact.length > 0) secondLine.push(`an earlier contact did not solve it (${quote(signals.earlierContact, 2)})`);
  if (signals.escalatedThread.length > 0) secondLine.push(`a reply in a thread already escalated (${quote(signals.escalatedThread, 2)})`);

  let confidence =
    0.45 +
    0.08 * Math.min(signals.blocking.score, 4) +
    0.06 * Math.min(c.score, 5) +
    0.06 * Math.min(c.margin, 3) -
    0.04 * Math.min(agencyScore, 6);
  const toSecondLine = secondLine.length > 0;
  if (toSecondLine) {
    confidence += 0.2;
    reasons.add('second-line', secondLineParams(signals), `Second line: ${secondLine.join('; ')}.`);
  }
  return {
    target: toSecondLine ? 'second-line' : 'first-line',
    kind: 'technical',
    category,
    agency: null,
    caseType: null,
    confidence: clamp(confidence),
    ...reasons.fields(),
  };
}

/** The rules alone: the agreements' vocabulary, the boundary rule and the second-line signals. */
export function decideByRules(inquiry: InquiryText, signals: Signals, policy: RoutingPolicy): Draft {
  const reasons = new Reasons();

  if (signals.sentToServicedesk) {
    const via = servicedeskAddressKind(inquiry.channel);
    reasons.add('sent-to-servicedesk', { via, address: inquiry.to }, `Sent to the service desk's own ${via} (${inquiry.to}).`);
    return decideServicedesk(signals, reasons, 0.97);
  }

  const sd = signals.integration;
  const owner = signals.serviceOwnerOrVendor;
  const sdScore = sd.score + owner.score;
  if ((sd.strong || owner.strong) && sdScore >= 2) {
    const who = [...sd.terms, ...owner.terms];
    reasons.add(
      'servicedesk-matter',
      { terms: quote(who), termCount: Math.min(who.length, 4) },
      `Service-desk matter (API, end-user system, service owner or vendor): ${quote(who)}.`,
    );
    return decideServicedesk(signals, reasons, 0.5 + 0.08 * Math.min(sdScore, 6));
  }

  const agencies = rank(signals.agencies);
  const agency = agencies.best;
  const agencyScore = agencies.bestScore;
  const tech = portalCategory(signals);
  const blocking = signals.blocking;
  const question = signals.subjectQuestion;

  if (blocking.score > 0) {
    addBoundaryBlocking(reasons, blocking.terms);
    return decideTechnical(signals, reasons, agencyScore, agency);
  }
  if (signals.errorCodes.length > 0) {
    reasons.add('boundary-error-code', {}, 'Boundary rule: the message quotes an error code or reference from the portal.');
    return decideTechnical(signals, reasons, agencyScore, agency);
  }
  if (agency && signals.exceptions.some((e) => e.agency === agency)) {
    return decideTechnical(signals, reasons, agencyScore, agency);
  }

  // Subject matter needs real evidence for one agency, and more of it than for a portal category.
  const subjectEvidence = agencyScore + (question.strong ? 2 : 0) + Math.min(question.score, 4) * 0.25;
  const techEvidence = tech.score + (signals.earlierContact.length > 0 ? 2 : 0);
  if (agency && agencyScore >= 2 && subjectEvidence > techEvidence) {
    const e = agencies.bestEvidence!;
    const agreement = policy.agencies.find((a) => a.code === agency)!;
    const ids = (signals.agencyIdentifiers.get(agency) ?? []).map(describeIdentifier);
    const words = e.terms;
    reasons.add(
      'agreement',
      { agency, name: agreement.name, ...agreementEvidenceParams(signals, agency, words) },
      `Agreement ${agency} (${agreement.name}): ${[...ids, ...(words.length ? [`words ${quote(words)}`] : [])].join('; ')}.`,
    );
    if (question.strong) addSubjectMatterQuestion(reasons, question.terms);
    if (signals.asideBlocking.length > 0) addTechnicalAside(reasons, signals.asideBlocking[0]);
    if (agencies.secondScore > 0)
      reasons.add(
        'another-agreement',
        { score: agencies.secondScore, best: agencyScore },
        `Another agreement also matched (score ${agencies.secondScore} vs ${agencyScore}).`,
      );
    const margin = agencyScore - agencies.secondScore;
    const confidence =
      0.3 + 0.06 * Math.min(agencyScore, 6) + 0.08 * Math.min(margin, 4) + (question.strong ? 0.1 : 0) - 0.05 * Math.min(tech.score, 5);
    return {
      target: agencyTarget(agency),
      kind: 'subject-matter',
      category: null,
      agency,
      caseType: null,
      confidence: clamp(confidence),
      ...reasons.fields(),
    };
  }

  if (agency && agencyScore > 0)
    reasons.add(
      'not-enough-for-agency',
      { agency, score: agencyScore, portal: techEvidence },
      `Not enough for a subject-matter question to ${agency} (score ${agencyScore} vs portal ${techEvidence}).`,
    );
  addPortalQuestion(reasons);
  return decideTechnical(signals, reasons, agencyScore, agency);
}

export function addSubjectMatterQuestion(reasons: Reasons, terms: readonly string[]): void {
  const quoted = quote(
    terms.filter((t) => t.length > 3),
    3,
  );
  reasons.add('subject-matter-question', { terms: quoted }, `Subject-matter question: ${quoted}.`);
}

export function addTechnicalAside(reasons: Reasons, aside: string): void {
  reasons.add('technical-aside', { aside }, `A technical aside (${aside}) does not block the person.`);
}

export function addPortalQuestion(reasons: Reasons): void {
  reasons.add('portal-question', {}, 'Portal question: how to use the portal rather than what to answer.');
}

export function addBoundaryBlocking(reasons: Reasons, terms: readonly string[]): void {
  reasons.add(
    'boundary-blocking',
    { terms: quote(terms) },
    `Boundary rule: something in the portal blocks the person (${quote(terms)}), so the portal answers first.`,
  );
}
