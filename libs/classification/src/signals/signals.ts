import type { TechnicalCategory } from '@inquiry-router/contracts';

/** Score and the words behind it, so a decision can say why. */
export interface Evidence {
  score: number;
  /** At least one strong term matched. */
  strong: boolean;
  terms: string[];
}

export function emptyEvidence(): Evidence {
  return { score: 0, strong: false, terms: [] };
}

export interface ExceptionHit {
  agency: string;
  description: string;
  category: TechnicalCategory;
  term: string;
}

/** A form number or service code of an agency's found in the inquiry (a service code may be one of its form numbers). */
export interface AgencyIdentifier {
  kind: 'form-number' | 'service-code' | 'service-code-form-number';
  value: string;
}

/** An identifier as a reason in English names it. */
export function describeIdentifier({ kind, value }: AgencyIdentifier): string {
  return kind === 'form-number'
    ? `form number ${value}`
    : kind === 'service-code'
      ? `service code ${value}`
      : `service code ${value} (form number)`;
}

/** Everything the rules look at, gathered in one pass over the text. */
export interface Signals {
  sentToServicedesk: boolean;
  agencies: Map<string, Evidence>;
  /** Service-code and form-number matches per agency. */
  agencyIdentifiers: Map<string, AgencyIdentifier[]>;
  exceptions: ExceptionHit[];
  categories: Map<TechnicalCategory, Evidence>;
  integration: Evidence;
  serviceOwnerOrVendor: Evidence;
  caseFeil: Evidence;
  caseBestilling: Evidence;
  errorCodes: string[];
  /** Words saying an earlier contact did not solve the problem (a reply to the support's answer included). */
  earlierContact: string[];
  escalatedThread: string[];
  /** The message replies to a mail from the portal's support (quoted, or a reply with the quote cut). */
  supportReply: boolean;
  /** Words saying the problem is still there, wherever they stand (an earlier contact only in a reply to the support). */
  stillUnsolved: string[];
  /** Sentences saying something in the portal blocks the person (asides excluded). */
  blocking: Evidence;
  /** Blocking sentences marked as an aside ("the password did not work either"). */
  asideBlocking: string[];
  subjectQuestion: Evidence;
  ivrCategory: TechnicalCategory | null;
}
