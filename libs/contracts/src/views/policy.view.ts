import type { Problem } from '../errors/domain-error';
import type { DocumentDraftStatus } from '../versioned-documents/versioned-document';
import type { AgencyCode } from '../vocabulary';

// The classifier's policy API (`/api/policy…`, which the workdesk passes through): the answers the
// console and the other apps' specs read. The policy document itself stays the classifier's
// (`RoutingPolicy`): it is checked there, and only stored and edited as JSON elsewhere.

/**
 * An agency's agreement in force. The answer holds the whole agreement (the classifier's
 * `AgencyAgreement`: services, patterns, vocabulary, exceptions); these are the fields read outside
 * the classifier, the rest is edited as JSON.
 */
export interface AgencyAgreementView {
  code: AgencyCode;
  name: string;
}

/** `GET /api/policy/agencies`: the agreements in force. */
export interface AgencyAgreementsView {
  /** The version they are from (the active one). */
  version: string;
  agencies: AgencyAgreementView[];
}

/** A draft of the next policy version, without its document (`GET /api/policy/drafts`). */
export interface PolicyDraftSummaryView {
  id: string;
  /** The version the draft was made from. */
  baseVersion: string;
  status: DocumentDraftStatus;
  createdBy: string;
  createdAt: string;
  comment: string | null;
  publishedVersion: string | null;
}

/** What a change does at one path of the policy document (`agencies.skd.vocabulary.strong`). */
export interface PolicyDiffEntryView {
  path: string;
  /** null where the value did not exist. */
  before: unknown;
  /** null where the value no longer exists. */
  after: unknown;
  /** For lists: the entries added and removed. */
  added?: string[];
  removed?: string[];
}

/** `POST /api/policy/drafts/:id/publish`: the version the draft became. */
export interface PublishedPolicyView {
  version: string;
  previousVersion: string;
  draftId: string;
  publishedBy: string;
  changes: PolicyDiffEntryView[];
}

/** How many replayed decisions would move from one target (`first-line (other)`) to another (`agency:skd`). */
export interface PolicyTransitionView {
  from: string;
  to: string;
  count: number;
}

/** One replayed inquiry the draft would decide otherwise, and why. */
export interface ChangedDecisionExampleView {
  inquiryId: string;
  from: string;
  to: string;
  reasons: string[];
}

/** `POST /api/policy/simulate`: recent inquiries replayed under the active policy and a draft. */
export interface PolicySimulationView {
  /** The version the draft is compared with (the active one). */
  activeVersion: string;
  /** null for an unsaved change. */
  draftId: string | null;
  baseVersion: string;
  /** The draft was made from an older version: publishing it would be refused. */
  staleDraft: boolean;
  days: number;
  since: string;
  until: string;
  /** At most this many inquiries are replayed, the most recent first; `truncated`: more were received. */
  limit: number;
  truncated: boolean;
  replayed: number;
  /** Decisions whose target, category or case type would change; `targetChanged`: of those, the ones to another queue or agency. */
  changed: number;
  targetChanged: number;
  /** Most frequent first. */
  transitions: PolicyTransitionView[];
  examples: ChangedDecisionExampleView[];
  /** Problems already in the base that the draft keeps; they do not block it. */
  inheritedProblems: Problem[];
  note: string;
}

/**
 * `PUT /api/policy/agencies/:code`: a draft replacing one agency's whole agreement. The agreement is
 * the classifier's `AgencyAgreement`; the console sends the JSON a supervisor wrote as it is, and the
 * classifier's checks name what is wrong with it.
 */
export interface AgreementReplacement {
  agreement: unknown;
  comment?: string;
}

/** `POST /api/policy/simulate` of a stored draft (a change not stored, `change`, is sent by other clients only). */
export interface PolicySimulationOrder {
  draftId?: string;
  /** Replay the inquiries received in the last N days (1–90, default 30). */
  days?: number;
  examplesPerTransition?: number;
}
