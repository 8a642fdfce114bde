import type { Channel, IdentityKeyKind, InquirerAuditAction } from '../vocabulary';

/**
 * How an inquiry came to belong to its person: `keys` — recognised by the keys named (matching
 * `inquiries`, the contacts the keys were found on); `new` — no earlier contact matched; `adviser`
 * — linked, merged or split off by the adviser named.
 */
export type InquirerMatchView =
  | { by: 'keys'; keys: IdentityKeyKind[]; inquiries: string[]; at: string }
  | { by: 'new'; at: string }
  | { by: 'adviser'; actor: string; action: 'merged' | 'split' | 'link-confirmed'; at: string };

/** How a contact ended: still open (waiting or being handled), answered by us, or forwarded to an agency. */
export type ContactOutcome = 'open' | 'resolved' | 'forwarded';

/** One contact of a person as an adviser sees it beside the inquiry at hand. */
export interface EarlierContactView {
  inquiryId: string;
  channel: Channel;
  receivedAt: string;
  /** Its subject, or the start of its text; null once its personal data is erased. */
  summary: string | null;
  /** Where it went: the decision's target (a queue or `agency:<code>`). */
  target: string | null;
  queue: string | null;
  agency: string | null;
  category: string | null;
  status: string;
  outcome: ContactOutcome;
  /** When it was resolved or forwarded; null while open. */
  endedAt: string | null;
  /** The keys it shares with the inquiry at hand (empty: linked by an adviser or through another contact). */
  matchedBy: IdentityKeyKind[];
}

/** A quoted reference of ours naming another person's contact: linked only when an adviser confirms. */
export interface InquirerLinkSuggestionView {
  id: string;
  reference: string;
  referencedInquiryId: string;
  status: 'open' | 'confirmed' | 'rejected';
  createdAt: string;
}

/** `GET /api/inquiries/:id/inquirer`: the inquiry's person, how it was recognised, and their other contacts newest first. */
export interface InquirerView {
  inquirerId: string | null;
  match: InquirerMatchView | null;
  contacts: EarlierContactView[];
  suggestions: InquirerLinkSuggestionView[];
}

/** One hit of `GET /api/inquiries/search`. */
export interface InquirySearchHitView {
  id: string;
  channel: Channel;
  receivedAt: string;
  /** The sender as the channel knows them (name, address, number or account); null once erased. */
  sender: string | null;
  summary: string | null;
  status: string;
  target: string | null;
  queue: string | null;
  agency: string | null;
  category: string | null;
}

/** A page of search hits, newest first. */
export interface InquirySearchPageView {
  items: InquirySearchHitView[];
  /** How many match; when `totalCapped`, at least this many (the count stops there). */
  total: number;
  totalCapped: boolean;
  page: number;
  pageSize: number;
}

/** One read of personal data, as a supervisor sees the log for a person or an inquiry. */
export interface PersonalDataReadView {
  at: string;
  actor: string;
  roles: string[];
  inquiryId: string;
  /** What was read: the inquiry page, the earlier contacts, search results, an export, an agency's copy. */
  via: string;
}

/** One entry of a person's audit: merges, splits, links confirmed or rejected, exports and erasures. */
export interface InquirerAuditEntryView {
  at: string;
  actor: string;
  action: InquirerAuditAction;
  inquiryId: string | null;
  details: Record<string, unknown>;
}

/** `POST /api/inquiries/:id/inquirer/merge`: the other inquiry's person joins this inquiry's; why, for the person's audit. */
export interface InquirerMerge {
  otherInquiryId: string;
  note: string;
}

/** `POST /api/inquiries/:id/inquirer/split`: the inquiry and its conversation become a person of their own; why. */
export interface InquirerSplit {
  note: string;
}

/** `POST /api/inquirer-suggestions/:id/confirm` and `…/reject`: an adviser's decision on a suggested link, and why if said. */
export interface LinkSuggestionDecision {
  note?: string;
}
