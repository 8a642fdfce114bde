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
