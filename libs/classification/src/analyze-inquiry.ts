import type { Language } from '@inquiry-router/contracts';
import type { InquiryText } from './classification-result';
import { CompiledPolicy, compilePolicy } from './compile-policy';
import { detectLanguageOfEntries } from './detect-language';
import { TokenizedText, tokenize } from './matching/tokenize';
import { NormalizedText, normalizeInquiryText } from './normalize-text';
import type { RoutingPolicy } from './policy';
import { collectSignals } from './signals/collect-signals';
import type { Signals } from './signals/signals';
import { FeatureVector, extractFeatures } from './text-model/features';

/** What the rules and the text model read of one inquiry, computed once. */
export interface InquiryAnalysis {
  text: NormalizedText;
  tokens: TokenizedText;
  language: Language;
  signals: Signals;
  features: FeatureVector;
  compiled: CompiledPolicy;
}

/** Normalises (quotes, signatures and phone-menu prefix off; æøå folded), tokenises and gathers signals and features. */
export function analyzeInquiry(inquiry: InquiryText, policy: RoutingPolicy): InquiryAnalysis {
  const compiled = compilePolicy(policy);
  const text = normalizeInquiryText(inquiry.subject, inquiry.body);
  const tokens = tokenize(text.combined);
  const language = inquiry.language ?? detectLanguageOfEntries(tokens.entries);
  const signals = collectSignals(inquiry, text, tokens, compiled);
  const features = extractFeatures(inquiry, text, tokens, signals, true);
  return { text, tokens, language, signals, features, compiled };
}
