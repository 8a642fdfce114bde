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

/** Everything the rules look at, gathered in one pass over the text. */
export interface Signals {
  sentToServicedesk: boolean;
  agencies: Map<string, Evidence>;
  /** Service-code and form-number matches, as readable notes per agency. */
  agencyIdentifiers: Map<string, string[]>;
  exceptions: ExceptionHit[];
  categories: Map<TechnicalCategory, Evidence>;
  integration: Evidence;
  serviceOwnerOrVendor: Evidence;
  caseFeil: Evidence;
  caseBestilling: Evidence;
  errorCodes: string[];
  earlierContact: string[];
  escalatedThread: string[];
  /** Sentences saying something in the portal blocks the person (asides excluded). */
  blocking: Evidence;
  /** Blocking sentences marked as an aside ("the password did not work either"). */
  asideBlocking: string[];
  subjectQuestion: Evidence;
  ivrCategory: TechnicalCategory | null;
}
