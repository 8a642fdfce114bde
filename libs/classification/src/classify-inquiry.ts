import type { Language } from '@inquiry-router/contracts';
import type { ClassificationResult, InquiryText } from './classification-result';
import type { RoutingPolicy } from './policy';
import { analyzeInquiry } from './analyze-inquiry';
import { Draft, decideByRules, portalCategory } from './decide-by-rules';
import { decideWithModel } from './decide-with-model';
import type { TextModel } from './text-model/text-model';

/** The decision with the policy's version and the language, field by field (a spread of drafts of many shapes is slow). */
const result = (draft: Draft, policyVersion: string, language: Language): ClassificationResult => ({
  target: draft.target,
  kind: draft.kind,
  category: draft.category,
  agency: draft.agency,
  caseType: draft.caseType,
  confidence: draft.confidence,
  reasons: draft.reasons,
  reasonCodes: draft.reasonCodes,
  policyVersion,
  language,
});

/**
 * Classifies one inquiry under a policy: target, kind, category or agency, servicedesk case type,
 * a calibrated confidence and the reasons. With a trained text model, the model decides from the
 * words and the rule signals together; without one (none trained yet), the rules decide alone.
 * Pure and synchronous; the policy is compiled once and cached.
 */
export function classifyInquiry(inquiry: InquiryText, policy: RoutingPolicy, model?: TextModel | null): ClassificationResult {
  const analysis = analyzeInquiry(inquiry, policy);
  const draft = model ? decideWithModel(inquiry, analysis, policy, model) : decideByRules(inquiry, analysis.signals, policy);
  const language = analysis.language;
  const threshold = policy.confidenceThreshold;

  if (draft.confidence >= threshold) return result(draft, policy.version, language);
  if (draft.target === 'first-line') {
    const note = `Low confidence (${draft.confidence} < threshold ${threshold}): first line triages.`;
    return {
      ...draft,
      reasons: [note, ...draft.reasons],
      reasonCodes: [{ code: 'low-confidence', params: { confidence: draft.confidence, threshold } }, ...draft.reasonCodes],
      policyVersion: policy.version,
      language,
    };
  }
  return {
    target: 'first-line',
    kind: 'technical',
    category:
      draft.kind === 'technical' && draft.category && draft.category !== 'integration'
        ? draft.category
        : portalCategory(analysis.signals).category,
    agency: null,
    caseType: null,
    confidence: draft.confidence,
    reasons: [
      `Low confidence (${draft.confidence} < threshold ${threshold}): first line triages; the best guess was ${draft.target}.`,
      ...draft.reasons,
    ],
    reasonCodes: [
      { code: 'low-confidence-best-guess', params: { confidence: draft.confidence, threshold, target: draft.target } },
      ...draft.reasonCodes,
    ],
    policyVersion: policy.version,
    language,
  };
}
