import { agencyTarget, type CaseType, isAgencyTarget, type TechnicalCategory } from '@inquiry-router/contracts';
import type { InquiryText } from './classification-result';
import type { InquiryAnalysis } from './analyze-inquiry';
import {
  Draft,
  addBoundaryBlocking,
  addPortalQuestion,
  addSubjectMatterQuestion,
  addTechnicalAside,
  agreementEvidenceParams,
  decideByRules,
  secondLineParams,
  servicedeskAddressKind,
} from './decide-by-rules';
import { quote, Reasons } from './reasons';
import { describeIdentifier } from './signals/signals';
import type { RoutingPolicy } from './policy';
import type { Signals } from './signals/signals';
import { ModelHead, ModelScores, TextModel } from './text-model/text-model';

const round = (p: number): number => Math.round(Math.min(0.99, Math.max(0.01, p)) * 100) / 100;
const percent = (p: number): string => `${Math.round(p * 100)} %`;

/** The best label of a head among those allowed, with its probability (renormalised over the allowed). */
function choose(
  head: ModelHead,
  scores: ModelScores,
  allowed: (label: string) => boolean,
): { index: number; p: number; runnerUp: number; runnerUpP: number } {
  const p = head.probabilitiesOf(scores);
  let total = 0;
  head.labels.forEach((label, i) => {
    if (!allowed(label)) p[i] = 0;
    total += p[i];
  });
  let index = -1;
  let runnerUp = -1;
  for (let i = 0; i < p.length; i++) {
    if (p[i] === 0) continue;
    if (index < 0 || p[i] > p[index]) {
      runnerUp = index;
      index = i;
    } else if (runnerUp < 0 || p[i] > p[runnerUp]) runnerUp = i;
  }
  return { index, p: p[index] / total, runnerUp, runnerUpP: runnerUp >= 0 ? p[runnerUp] / total : 0 };
}

/** The words and signals that pulled the model towards its choice, readable ("rule:" signals in brackets). */
function pulledByTerms(head: ModelHead, analysis: InquiryAnalysis, scores: ModelScores, index: number): string[] {
  return head
    .topContributions(analysis.features, index, 4, scores)
    .filter((c) => c.weight > 0.05)
    .map((c) => (c.name.startsWith('rule:') ? `[${c.name.slice(5)}]` : `"${c.name}"`));
}

const pulledByText = (top: string[]): string => (top.length ? `; pulled by ${top.join(', ')}` : '');
const pulledByParams = (top: string[]) => ({ pulledBy: top.join(', '), pulledByCount: top.length });

function secondLineReasons(signals: Signals): string[] {
  const reasons: string[] = [];
  if (signals.errorCodes.length > 0) reasons.push(`error code or reference from the portal (${quote(signals.errorCodes, 2)})`);
  if (signals.earlierContact.length > 0) reasons.push(`an earlier contact did not solve it (${quote(signals.earlierContact, 2)})`);
  if (signals.escalatedThread.length > 0) reasons.push(`a reply in a thread already escalated (${quote(signals.escalatedThread, 2)})`);
  return reasons;
}

/**
 * First or second line for the portal's own inquiry, and how sure of it the model is. The rules'
 * second-line signals (a code, an earlier contact, an escalated thread) decide; without them the
 * line head's doubt only lowers the first line's confidence. Its probability scales the confidence, so the first line is not "sure" merely because the
 * inquiry is surely the portal's.
 */
function line(
  model: TextModel,
  analysis: InquiryAnalysis,
  scores: ModelScores,
  reasons: Reasons,
): { target: 'first-line' | 'second-line'; p: number } {
  const ruled = secondLineReasons(analysis.signals);
  const head = model.heads.line;
  if (ruled.length > 0) reasons.add('second-line', secondLineParams(analysis.signals), `Second line: ${ruled.join('; ')}.`);
  // A model trained before the line head existed: the rules alone decide the line.
  if (!head) return { target: ruled.length > 0 ? 'second-line' : 'first-line', p: 1 };
  const second = head.labels.indexOf('second-line');
  const pSecond = head.probabilitiesOf(scores)[second];
  if (ruled.length > 0) return { target: 'second-line', p: pSecond };
  // The routing requirement names what sends an inquiry to the second line (a code, an earlier
  // contact, an escalated thread); without one of them found, the model alone does not. Its doubt
  // lowers the first line's confidence instead, down to the threshold below which the first line triages.
  if (pSecond >= 0.2) {
    const top = pulledByTerms(head, analysis, scores, second);
    reasons.add(
      'model-first-line-doubt',
      { p: pSecond, ...pulledByParams(top) },
      `First line, though the text model gives the second line ${percent(pSecond)}${pulledByText(top)}.`,
    );
  }
  return { target: 'first-line', p: 1 - pSecond };
}

function category(
  model: TextModel,
  analysis: InquiryAnalysis,
  scores: ModelScores,
  servicedesk: boolean,
  reasons: Reasons,
): TechnicalCategory {
  const head = model.heads.category;
  const c = choose(head, scores, (label) => servicedesk || label !== 'integration');
  const label = head.labels[c.index] as TechnicalCategory;
  const words = analysis.signals.categories.get(label)?.terms ?? [];
  // The agreement's own words explain best; the model's words only when the rules found none.
  const top = words.length ? [] : pulledByTerms(head, analysis, scores, c.index);
  reasons.add(
    'model-category',
    { category: label, p: c.p, words: quote(words), wordCount: Math.min(words.length, 4), ...pulledByParams(top) },
    `Category ${label} (${percent(c.p)})${words.length ? `: ${quote(words)}` : pulledByText(top)}.`,
  );
  return label;
}

function caseType(model: TextModel, analysis: InquiryAnalysis, scores: ModelScores, reasons: Reasons): CaseType {
  const head = model.heads.caseType;
  const c = choose(head, scores, () => true);
  const label = head.labels[c.index] as CaseType;
  const { caseFeil, caseBestilling } = analysis.signals;
  const words = label === 'feil' ? caseFeil.terms : label === 'bestilling' ? caseBestilling.terms : [];
  const top = words.length ? [] : pulledByTerms(head, analysis, scores, c.index);
  reasons.add(
    'model-case-type',
    { caseType: label, p: c.p, words: quote(words), wordCount: Math.min(words.length, 4), ...pulledByParams(top) },
    `Case type ${label} (${percent(c.p)})${words.length ? `: ${quote(words)}` : pulledByText(top)}.`,
  );
  return label;
}

/**
 * The text model decides the route from the words and the rule signals together; the rules keep
 * the last word where the agreements are explicit: the service desk's own address, an agreement's
 * exception, the second-line conditions, and agencies added to the policy after the model was trained.
 */
/** A technical matter for the service desk: the case type and category the model reads in the text. */
function servicedeskCase(model: TextModel, analysis: InquiryAnalysis, scores: ModelScores, confidence: number, reasons: Reasons): Draft {
  const technicalCategory = category(model, analysis, scores, true, reasons);
  const type = caseType(model, analysis, scores, reasons);
  return {
    target: 'servicedesk',
    kind: 'technical',
    category: technicalCategory,
    agency: null,
    caseType: type,
    confidence,
    ...reasons.fields(),
  };
}

/** An agreement the rules found that the route head has no label for (added after the model was trained). */
function someAgencyUnknownTo(route: ModelHead, signals: Signals): boolean {
  for (const code of signals.agencies.keys()) if (!route.labels.includes(agencyTarget(code))) return true;
  return false;
}

export function decideWithModel(inquiry: InquiryText, analysis: InquiryAnalysis, policy: RoutingPolicy, model: TextModel): Draft {
  const { signals } = analysis;
  const reasons = new Reasons();
  const route = model.heads.route;
  const agreements = analysis.compiled.agreementsByTarget;
  // The features are looked up once, here; each head the decision asks reads them then.
  const scores = model.score(analysis.features);

  if (signals.sentToServicedesk) {
    const via = servicedeskAddressKind(inquiry.channel);
    reasons.add('sent-to-servicedesk', { via, address: inquiry.to }, `Sent to the service desk's own ${via} (${inquiry.to}).`);
    return servicedeskCase(model, analysis, scores, 0.97, reasons);
  }

  // An agreement newer than the model: only the rules know it, so they decide when they pick it.
  if (someAgencyUnknownTo(route, signals)) {
    const rules = decideByRules(inquiry, signals, policy);
    if (rules.agency && !route.labels.includes(rules.target)) {
      return {
        ...rules,
        reasons: [
          ...rules.reasons,
          `The text model (${model.version}) was trained before agreement ${rules.agency} existed: the rules decide.`,
        ],
        reasonCodes: [...rules.reasonCodes, { code: 'model-predates-agreement', params: { version: model.version, agency: rules.agency } }],
      };
    }
  }

  const c = choose(route, scores, (label) => !isAgencyTarget(label) || agreements.has(label));
  const label = route.labels[c.index];
  const confidence = round(c.p);
  const routeTop = pulledByTerms(route, analysis, scores, c.index);
  const next = route.labels[c.runnerUp] ?? '-';
  const addModelLine = (): void =>
    reasons.add(
      'model-route',
      { version: model.version, route: label, p: c.p, nextRoute: next, nextP: c.runnerUpP, ...pulledByParams(routeTop) },
      `Text model ${model.version}: ${label} ${percent(c.p)}, next ${next} ${percent(c.runnerUpP)}${pulledByText(routeTop)}.`,
    );

  const agreement = agreements.get(label);
  const exception = agreement && signals.exceptions.find((e) => e.agency === agreement.code);
  if (agreement && !exception) {
    const evidence = signals.agencies.get(agreement.code);
    const ids = (signals.agencyIdentifiers.get(agreement.code) ?? []).map(describeIdentifier);
    const words = evidence?.terms ?? [];
    const found = [...ids, ...(words.length ? [`words ${quote(words)}`] : [])];
    const names = { agency: agreement.code, name: agreement.name };
    if (found.length > 0)
      reasons.add(
        'agreement',
        { ...names, ...agreementEvidenceParams(signals, agreement.code, words) },
        `Agreement ${agreement.code} (${agreement.name}): ${found.join('; ')}.`,
      );
    else
      reasons.add('agreement-by-subject', names, `Agreement ${agreement.code} (${agreement.name}): the text is about its subject matter.`);
    if (signals.subjectQuestion.strong) addSubjectMatterQuestion(reasons, signals.subjectQuestion.terms);
    if (signals.asideBlocking.length > 0) addTechnicalAside(reasons, signals.asideBlocking[0]);
    addModelLine();
    return {
      target: agencyTarget(agreement.code),
      kind: 'subject-matter',
      category: null,
      agency: agreement.code,
      caseType: null,
      confidence,
      ...reasons.fields(),
    };
  }

  if (label === 'servicedesk') {
    const who = [...signals.integration.terms, ...signals.serviceOwnerOrVendor.terms];
    reasons.add(
      'servicedesk-matter',
      { terms: quote(who), termCount: Math.min(who.length, 4) },
      `Service-desk matter (API, end-user system, service owner or vendor)${who.length ? `: ${quote(who)}` : ''}.`,
    );
    addModelLine();
    return servicedeskCase(model, analysis, scores, confidence, reasons);
  }

  if (exception) {
    reasons.add(
      'agreement-exception',
      { agency: exception.agency, description: exception.description },
      `Agreement exception (${exception.agency}): ${exception.description}`,
    );
  } else if (signals.blocking.score > 0) {
    addBoundaryBlocking(reasons, signals.blocking.terms);
  } else {
    addPortalQuestion(reasons);
  }
  const technicalCategory = exception ? exception.category : category(model, analysis, scores, false, reasons);
  addModelLine();
  const decided = line(model, analysis, scores, reasons);
  return {
    target: decided.target,
    kind: 'technical',
    category: technicalCategory,
    agency: null,
    caseType: null,
    confidence: round(c.p * decided.p),
    ...reasons.fields(),
  };
}
