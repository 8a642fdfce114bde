import { DataSource } from 'typeorm';
import type { Channel, InquiryParty } from '@inquiry-router/contracts';
import { inquirySummaryColumns, inquirySummaryOf, type InquirySummaryRecord, type StoredInquirySummary } from './inquiry-summary';

/**
 * Whose inquiries a search looks among: every inquiry (the portal's advisers and supervisors), or
 * only those forwarded to one agency — what that agency's users may see. A search cannot be
 * written without saying which.
 */
export type InquirySearchScope = { kind: 'every-inquiry' } | { kind: 'forwarded-to'; agency: string };

/** Who sent it, as a search names them: by their keys' hashes (email, phone), their social account, or their name. */
export type SenderCriterion = { keyHashes: string[] } | { socialAccount: string } | { name: string };

/** What a search asks for; every criterion given must hold. */
export interface InquirySearchCriteria {
  /** The inquiry of this id (an `IR-` reference), or the inquiry a service-desk case (`SD-…`) was registered for. */
  reference?: { inquiryId: string } | { caseId: string };
  sender?: SenderCriterion;
  statuses?: readonly string[];
  channels?: readonly Channel[];
  queue?: string;
  agency?: string;
  /** Received at or after `from` and before `to`. */
  from?: Date;
  to?: Date;
  /** Words of the subject or body, each as a word or the start of one (lower-case letters and digits only). */
  words?: readonly string[];
}

/** One inquiry found, with where it went. */
export interface InquirySearchRow extends InquirySummaryRecord {
  id: string;
  sender: InquiryParty;
}

interface StoredHit extends StoredInquirySummary {
  id: string;
  sender: InquiryParty;
}

/** The text search's expression, as the index `inquiries_text_search_idx` has it (the planner needs it word for word). */
const textOf = (alias: string) => `to_tsvector('simple', coalesce(${alias}.subject, '') || ' ' || ${alias}.body)`;

const searchableWord = /^[\p{L}\p{N}]+$/u;

/** `%`, `_` and `\` taken literally in a LIKE pattern. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Where a search is in its results, and how far it counts them. */
export interface InquirySearchPage {
  offset: number;
  limit: number;
  /**
   * Counting stops here: a broad search over years of contacts would otherwise count every row
   * (seconds, at hundreds of thousands) only to say a number no one pages through.
   */
  countUpTo: number;
}

/** A page of hits and how many match: `total` exactly, or with `totalCapped` at least that many. */
export interface InquirySearchHits {
  rows: InquirySearchRow[];
  total: number;
  totalCapped: boolean;
}

/**
 * Finds inquiries for the advisers' search: by reference, sender, status, channel, queue, agency,
 * time received and words of the text, newest first, a page at a time. The generated history is
 * left out (no one's contact).
 */
export class InquirySearchReader {
  constructor(private readonly db: DataSource) {}

  async search(criteria: InquirySearchCriteria, scope: InquirySearchScope, page: InquirySearchPage): Promise<InquirySearchHits> {
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = ['NOT i.generated'];
    if (scope.kind === 'forwarded-to') {
      // Forwarded to the agency: still with it, or answered by it (an answer resolves it, the agency stays).
      where.push(`i.agency = ${param(scope.agency)}`, `i.status IN ('forwarded', 'resolved')`);
    }
    const { reference, sender } = criteria;
    if (reference && 'inquiryId' in reference) where.push(`i.id = ${param(reference.inquiryId)}`);
    if (reference && 'caseId' in reference) where.push(`i.id = (SELECT c.inquiry_id FROM cases c WHERE c.id = ${param(reference.caseId)})`);
    if (sender && 'keyHashes' in sender)
      where.push(`i.id IN (SELECT k.inquiry_id FROM inquirer_keys k WHERE k.key_hash = ANY(${param(sender.keyHashes)}::text[]))`);
    if (sender && 'socialAccount' in sender) where.push(`lower(ltrim(btrim(i.sender->>'handle'), '@')) = ${param(sender.socialAccount)}`);
    if (sender && 'name' in sender) where.push(`i.sender->>'name' ILIKE ${param(`%${likeLiteral(sender.name)}%`)}`);
    if (criteria.statuses?.length) where.push(`i.status = ANY(${param(criteria.statuses)}::text[])`);
    if (criteria.channels?.length) where.push(`i.channel = ANY(${param(criteria.channels)}::text[])`);
    if (criteria.queue) where.push(`i.queue = ${param(criteria.queue)}`);
    if (criteria.agency) where.push(`i.agency = ${param(criteria.agency)}`);
    if (criteria.from) where.push(`i.received_at >= ${param(criteria.from)}`);
    if (criteria.to) where.push(`i.received_at < ${param(criteria.to)}`);
    const words = (criteria.words ?? []).filter((w) => searchableWord.test(w));
    if (words.length > 0) where.push(`${textOf('i')} @@ to_tsquery('simple', ${param(words.map((w) => `${w}:*`).join(' & '))})`);
    const condition = where.join(' AND ');

    const [{ matching }]: { matching: number }[] = await this.db.query(
      `SELECT count(*)::int AS matching FROM (SELECT 1 FROM inquiries i WHERE ${condition} LIMIT $${params.length + 1}) m`,
      [...params, page.countUpTo + 1],
    );
    const totalCapped = matching > page.countUpTo;
    const total = Math.min(matching, page.countUpTo);
    if (total === 0 || (!totalCapped && page.offset >= total)) return { rows: [], total, totalCapped };
    const hits: StoredHit[] = await this.db.query(
      `SELECT i.id, i.sender, ${inquirySummaryColumns('i', 'd')}
         FROM inquiries i LEFT JOIN routing_decisions d ON d.inquiry_id = i.id
        WHERE ${condition}
        ORDER BY i.received_at DESC, i.id DESC
        LIMIT ${param(page.limit)} OFFSET ${param(page.offset)}`,
      params,
    );
    return {
      total,
      totalCapped,
      rows: hits.map((h) => ({
        id: h.id,
        sender: h.sender,
        ...inquirySummaryOf(h),
      })),
    };
  }
}
