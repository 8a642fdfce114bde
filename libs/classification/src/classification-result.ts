import type { Channel, DecisionReason, Language, RoutingDecision } from '@inquiry-router/contracts';

/**
 * What the classifier reads of an inquiry: a structural subset of the contracts `Inquiry`, so a
 * full `Inquiry` (or a dataset line) can be passed as it is.
 */
export interface InquiryText {
  channel: Channel;
  /** The support address, number or account it was sent to. */
  to: string;
  subject?: string;
  body: string;
  serviceCode?: string;
  from?: { name?: string; email?: string; phone?: string; handle?: string; network?: string };
  /** When the channel already knows the language, it is trusted instead of detected. */
  language?: Language;
}

/** The fields of a contracts `RoutingDecision`, plus the detected language. */
export interface ClassificationResult {
  target: RoutingDecision['target'];
  kind: RoutingDecision['kind'];
  category: RoutingDecision['category'];
  agency: RoutingDecision['agency'];
  caseType: RoutingDecision['caseType'];
  /** 0..1 */
  confidence: number;
  /** Readable by an adviser: which agreement, rule, words or signals decided it. */
  reasons: string[];
  /** The same reasons as codes with their values, position for position (`ReasonCodes`). */
  reasonCodes: DecisionReason[];
  policyVersion: string;
  language: Language;
}
