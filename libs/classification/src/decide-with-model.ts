import type { CaseType, TechnicalCategory } from '@inquiry-router/contracts';
import type { InquiryText } from './classification-result';
import type { InquiryAnalysis } from './analyze-inquiry';
import { Draft, decideByRules, quote } from './decide-by-rules';
import type { RoutingPolicy } from './policy';
import type { Signals } from './signals/signals';
import { ModelHead, TextModel } from './text-model/text-model';

const round = (p: number): number => Math.round(Math.min(0.99, Math.max(0.01, p)) * 100) / 100;
const percent = (p: number): string => `${Math.round(p * 100)} %`;

/** The best label of a head among those allowed, with its probability (renormalised over the allowed). */
function choose(
  head: ModelHead,
  analysis: InquiryAnalysis,
  allowed: (label: string) => boolean,
): { index: number; p: number; runnerUp: number; runnerUpP: number } {
  const p = head.probabilities(analysis.features);
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

/** The words and signals that pulled the model towards its choice, readable. */
function pulledBy(head: ModelHead, analysis: InquiryAnalysis, index: number): string {
  const top = head
    .topContributions(analysis.features, index, 4)
    .filter((c) => c.weight > 0.05)
    .map((c) => (c.name.startsWith('rule:') ? `[${c.name.slice(5)}]` : `"${c.name}"`));
  return top.length ? `; pulled by ${top.join(', ')}` : '';
}

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
function line(model: TextModel, analysis: InquiryAnalysis, reasons: string[]): { target: 'first-line' | 'second-line'; p: number } {
  const ruled = secondLineReasons(analysis.signals);
  const head = model.heads.line;
  if (ruled.length > 0) reasons.push(`Second line: ${ruled.join('; ')}.`);
  // A model trained before the line head existed: the rules alone decide the line.
  if (!head) return { target: ruled.length > 0 ? 'second-line' : 'first-line', p: 1 };
  const second = head.labels.indexOf('second-line');
  const pSecond = head.probabilities(analysis.features)[second];
  if (ruled.length > 0) return { target: 'second-line', p: pSecond };
  // The routing requirement names what sends an inquiry to the second line (a code, an earlier
  // contact, an escalated thread); without one of them found, the model alone does not. Its doubt
  // lowers the first line's confidence instead, down to the threshold below which the first line triages.
  if (pSecond >= 0.2)
    reasons.push(`First line, though the text model gives the second line ${percent(pSecond)}${pulledBy(head, analysis, second)}.`);
  return { target: 'first-line', p: 1 - pSecond };
}

function category(model: TextModel, analysis: InquiryAnalysis, servicedesk: boolean, reasons: string[]): TechnicalCategory {
  const head = model.heads.category;
  const c = choose(head, analysis, (label) => servicedesk || label !== 'integration');
  const label = head.labels[c.index] as TechnicalCategory;
  const words = analysis.signals.categories.get(label)?.terms ?? [];
  // The agreement's own words explain best; the model's words only when the rules found none.
  reasons.push(`Category ${label} (${percent(c.p)})${words.length ? `: ${quote(words)}` : pulledBy(head, analysis, c.index)}.`);
  return label;
}

function caseType(model: TextModel, analysis: InquiryAnalysis, reasons: string[]): CaseType {
  const head = model.heads.caseType;
  const c = choose(head, analysis, () => true);
  const label = head.labels[c.index] as CaseType;
  const { caseFeil, caseBestilling } = analysis.signals;
  const words = label === 'feil' ? caseFeil.terms : label === 'bestilling' ? caseBestilling.terms : [];
  reasons.push(`Case type ${label} (${percent(c.p)})${words.length ? `: ${quote(words)}` : pulledBy(head, analysis, c.index)}.`);
  return label;
}

/**
 * The text model decides the route from the words and the rule signals together; the rules keep
 * the last word where the agreements are explicit: the service desk's own address, an agreement's
 * exception, the second-line conditions, and agencies added to the policy after the model was trained.
 */
/** A technical matter for the service desk: the case type and category the model reads in the text. */
function servicedeskCase(model: TextModel, analysis: InquiryAnalysis, confidence: number, reasons: string[]): Draft {
  return {
    target: 'servicedesk',
    kind: 'technical',
    category: category(model, analysis, true, reasons),
    agency: null,
    caseType: caseType(model, analysis, reasons),
    confidence,
    reasons,
  };
}

export function decideWithModel(inquiry: InquiryText, analysis: InquiryAnalysis, policy: RoutingPolicy, model: TextModel): Draft {
  const { signals } = analysis;
  const reasons: string[] = [];
  const route = model.heads.route;
  const agreements = new Map(policy.agencies.map((a) => [`agency:${a.code}`, a]));

  if (signals.sentToServicedesk) {
    reasons.push(
      `Sent to the service desk's own ${inquiry.channel === 'phone' ? 'number' : inquiry.channel === 'email' ? 'address' : 'account'} (${inquiry.to}).`,
    );
    return servicedeskCase(model, analysis, 0.97, reasons);
  }

  // An agreement newer than the model: only the rules know it, so they decide when they pick it.
  if ([...signals.agencies.keys()].some((code) => !route.labels.includes(`agency:${code}`))) {
    const rules = decideByRules(inquiry, signals, policy);
    if (rules.agency && !route.labels.includes(rules.target)) {
      return {
        ...rules,
        reasons: [
          ...rules.reasons,
          `The text model (${model.version}) was trained before agreement ${rules.agency} existed: the rules decide.`,
        ],
      };
    }
  }

  const c = choose(route, analysis, (label) => !label.startsWith('agency:') || agreements.has(label));
  const label = route.labels[c.index];
  const confidence = round(c.p);
  const modelLine = `Text model ${model.version}: ${label} ${percent(c.p)}, next ${route.labels[c.runnerUp] ?? '-'} ${percent(c.runnerUpP)}${pulledBy(route, analysis, c.index)}.`;

  const agreement = agreements.get(label);
  const exception = agreement && signals.exceptions.find((e) => e.agency === agreement.code);
  if (agreement && !exception) {
    const evidence = signals.agencies.get(agreement.code);
    const ids = signals.agencyIdentifiers.get(agreement.code) ?? [];
    const found = [...ids, ...(evidence?.terms.length ? [`words ${quote(evidence.terms)}`] : [])];
    reasons.push(
      `Agreement ${agreement.code} (${agreement.name})${found.length ? `: ${found.join('; ')}` : ': the text is about its subject matter'}.`,
    );
    if (signals.subjectQuestion.strong)
      reasons.push(
        `Subject-matter question: ${quote(
          signals.subjectQuestion.terms.filter((t) => t.length > 3),
          3,
        )}.`,
      );
    if (signals.asideBlocking.length > 0) reasons.push(`A technical aside (${signals.asideBlocking[0]}) does not block the person.`);
    reasons.push(modelLine);
    return {
      target: `agency:${agreement.code}`,
      kind: 'subject-matter',
      category: null,
      agency: agreement.code,
      caseType: null,
      confidence,
      reasons,
    };
  }

  if (label === 'servicedesk') {
    const who = [...signals.integration.terms, ...signals.serviceOwnerOrVendor.terms];
    reasons.push(`Service-desk matter (API, end-user system, service owner or vendor)${who.length ? `: ${quote(who)}` : ''}.`);
    reasons.push(modelLine);
    return servicedeskCase(model, analysis, confidence, reasons);
  }

  if (exception) {
    reasons.push(`Agreement exception (${exception.agency}): ${exception.description}`);
  } else if (signals.blocking.score > 0) {
    reasons.push(
      `Boundary rule: something in the portal blocks the person (${quote(signals.blocking.terms)}), so the portal answers first.`,
    );
  } else {
    reasons.push('Portal question: how to use the portal rather than what to answer.');
  }
  const technicalCategory = exception ? exception.category : category(model, analysis, false, reasons);
  reasons.push(modelLine);
  const decided = line(model, analysis, reasons);
  return {
    target: decided.target,
    kind: 'technical',
    category: technicalCategory,
    agency: null,
    caseType: null,
    confidence: round(c.p * decided.p),
    reasons,
  };
}
