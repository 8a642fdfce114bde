import { DataSource, EntityManager } from 'typeorm';
import type { IdentityKeyKind, InquirerAuditAction, InquirerMatchView } from '@inquiry-router/contracts';
import { inquirySummaryColumns, inquirySummaryOf, type InquirySummaryRecord, type StoredInquirySummary } from './inquiry-summary';

/** Another contact of the person, as stored: what an adviser sees beside the inquiry at hand. */
export interface PersonContactRecord extends InquirySummaryRecord {
  inquiryId: string;
  /** When it was last resolved or forwarded (its history), whatever its status now. */
  endedAt: Date | null;
  /** The key kinds it shares with the inquiry at hand. */
  matchedBy: IdentityKeyKind[];
}

/** A quoted reference of ours naming another person's contact, for an adviser to confirm or reject. */
export interface LinkSuggestionRecord {
  id: string;
  inquiryId: string;
  reference: string;
  referencedInquiryId: string;
  status: 'open' | 'confirmed' | 'rejected';
  createdAt: Date;
}

/** An inquiry's person: who, how the inquiry was linked to them, their other contacts newest first, and the inquiry's open suggestions. */
export interface InquirerRecord {
  inquiryId: string;
  inquirerId: string | null;
  match: InquirerMatchView | null;
  contacts: PersonContactRecord[];
  suggestions: LinkSuggestionRecord[];
}

/** Who changes a link, when, and why: written on the moved inquiries (`inquirer_match`) and in `inquirer_audit`. */
export interface AdviserLinking {
  actor: string;
  at: Date;
  note: string | null;
}

/** A link changed: the inquiry acted on, its person now, and the inquiries that moved to that person. */
export interface InquirerChanged {
  outcome: 'changed';
  inquiryId: string;
  inquirerId: string;
  moved: string[];
}

export type MergeOutcome = InquirerChanged | { outcome: 'unknown-inquiry'; inquiryId: string } | { outcome: 'same-person' };
export type SplitOutcome = InquirerChanged | { outcome: 'unknown-inquiry'; inquiryId: string } | { outcome: 'alone' };
export type SuggestionOutcome<Done> =
  Done | { outcome: 'unknown-suggestion' } | { outcome: 'already-decided'; status: LinkSuggestionRecord['status'] };

/** One entry of a person's audit. */
export interface InquirerAuditRecord {
  at: Date;
  actor: string;
  action: InquirerAuditAction;
  inquirerId: string | null;
  inquiryId: string | null;
  details: Record<string, unknown>;
}

interface StoredContact extends StoredInquirySummary {
  id: string;
  ended_at: Date | null;
  matched_by: IdentityKeyKind[];
}

interface StoredSuggestion {
  id: string;
  inquiry_id: string;
  reference: string;
  referenced_inquiry_id: string;
  status: LinkSuggestionRecord['status'];
  created_at: Date;
}

interface LockedInquiry {
  id: string;
  inquirer_id: string | null;
  thread_id: string;
  received_at: Date;
}

const suggestionOf = (s: StoredSuggestion): LinkSuggestionRecord => ({
  id: String(s.id),
  inquiryId: s.inquiry_id,
  reference: s.reference,
  referencedInquiryId: s.referenced_inquiry_id,
  status: s.status,
  createdAt: s.created_at,
});

const suggestionId = /^[1-9]\d{0,17}$/;

/**
 * The persons behind inquiries (`inquirers`) as advisers see and correct them: an inquiry's person
 * and their other contacts; merging two persons, splitting a conversation off into a person of
 * its own, confirming or rejecting a quoted reference's suggestion. Each change is one
 * transaction: the moved inquiries say who linked them (`inquirer_match`), each person's
 * `last_contact_at` is their latest inquiry's, a person left with no inquiries is deleted, and
 * `inquirer_audit` records who did what, with the persons before and after and the inquiries moved.
 */
export class InquirerRepository {
  constructor(private readonly db: DataSource) {}

  /** The inquiry's person and up to `contactLimit` of their other contacts, newest first; null for an unknown inquiry. */
  async inquirerOf(inquiryId: string, contactLimit = 50): Promise<InquirerRecord | null> {
    const [inquiry]: { inquirer_id: string | null; inquirer_match: InquirerMatchView | null }[] = await this.db.query(
      `SELECT inquirer_id, inquirer_match FROM inquiries WHERE id = $1`,
      [inquiryId],
    );
    if (!inquiry) return null;
    const contacts: Promise<StoredContact[]> = inquiry.inquirer_id
      ? this.db.query(
          `SELECT o.id, ${inquirySummaryColumns('o', 'd')},
                  (SELECT max(h.at) FROM inquiry_history h WHERE h.inquiry_id = o.id AND h.event IN ('resolved', 'forwarded')) AS ended_at,
                  array(SELECT DISTINCT theirs.kind FROM inquirer_keys theirs
                          JOIN inquirer_keys ours ON ours.key_hash = theirs.key_hash AND ours.inquiry_id = $1
                         WHERE theirs.inquiry_id = o.id ORDER BY theirs.kind) AS matched_by
             FROM inquiries o LEFT JOIN routing_decisions d ON d.inquiry_id = o.id
            WHERE o.inquirer_id = $2 AND o.id <> $1
            ORDER BY o.received_at DESC, o.id DESC
            LIMIT $3`,
          [inquiryId, inquiry.inquirer_id, contactLimit],
        )
      : Promise.resolve([]);
    const suggestions: Promise<StoredSuggestion[]> = this.db.query(
      `SELECT id, inquiry_id, reference, referenced_inquiry_id, status, created_at
         FROM inquirer_link_suggestions WHERE inquiry_id = $1 AND status = 'open' ORDER BY created_at, id`,
      [inquiryId],
    );
    const [others, open] = await Promise.all([contacts, suggestions]);
    return {
      inquiryId,
      inquirerId: inquiry.inquirer_id,
      match: inquiry.inquirer_match,
      contacts: others.map((c) => ({
        inquiryId: c.id,
        ...inquirySummaryOf(c),
        endedAt: c.ended_at,
        matchedBy: c.matched_by,
      })),
      suggestions: open.map(suggestionOf),
    };
  }

  /**
   * The other inquiry's person joins this inquiry's: every inquiry of theirs moves here (the
   * other inquiry alone, with its conversation, if it has no person yet). This inquiry gets a
   * person of its own first if it has none.
   */
  async merge(inquiryId: string, otherInquiryId: string, by: AdviserLinking): Promise<MergeOutcome> {
    return this.db.transaction(async (tx) => {
      const locked = await lockInquiries(tx, [inquiryId, otherInquiryId]);
      const [here, there] = [locked.get(inquiryId), locked.get(otherInquiryId)];
      if (!here) return { outcome: 'unknown-inquiry', inquiryId };
      if (!there) return { outcome: 'unknown-inquiry', inquiryId: otherInquiryId };
      if (here.id === there.id || (here.inquirer_id !== null && here.inquirer_id === there.inquirer_id)) return { outcome: 'same-person' };
      await lockInquirers(tx, [here.inquirer_id, there.inquirer_id]);
      const target = here.inquirer_id ?? (await newPersonFor(tx, here, by.at));
      const match = adviserMatch(by, 'merged');
      const moved = there.inquirer_id
        ? await moveInquiries(tx, `inquirer_id = $3`, [there.inquirer_id], target, match)
        : await moveInquiries(tx, `thread_id = $3 AND inquirer_id IS NULL`, [there.thread_id], target, match);
      await settle(tx, [target, there.inquirer_id]);
      await audit(tx, by, 'merged', target, inquiryId, {
        inquirersBefore: [here.inquirer_id, there.inquirer_id].filter((id) => id !== null),
        inquirerAfter: target,
        otherInquiryId,
        inquiries: moved,
      });
      return { outcome: 'changed', inquiryId, inquirerId: target, moved };
    });
  }

  /**
   * The inquiry and the rest of its conversation (those of the same person) become a person of
   * their own. One whose person has no contact outside the conversation is alone already.
   */
  async split(inquiryId: string, by: AdviserLinking): Promise<SplitOutcome> {
    return this.db.transaction(async (tx) => {
      const here = (await lockInquiries(tx, [inquiryId])).get(inquiryId);
      if (!here) return { outcome: 'unknown-inquiry', inquiryId };
      if (here.inquirer_id === null) return { outcome: 'alone' };
      await lockInquirers(tx, [here.inquirer_id]);
      const [{ elsewhere }]: { elsewhere: boolean }[] = await tx.query(
        `SELECT EXISTS (SELECT 1 FROM inquiries WHERE inquirer_id = $1 AND thread_id <> $2) AS elsewhere`,
        [here.inquirer_id, here.thread_id],
      );
      if (!elsewhere) return { outcome: 'alone' };
      const [{ id: target }]: { id: string }[] = await tx.query(`INSERT INTO inquirers (last_contact_at) VALUES ($1) RETURNING id`, [
        here.received_at,
      ]);
      const moved = await moveInquiries(
        tx,
        `inquirer_id = $3 AND thread_id = $4`,
        [here.inquirer_id, here.thread_id],
        target,
        adviserMatch(by, 'split'),
      );
      await settle(tx, [target, here.inquirer_id]);
      await audit(tx, by, 'split', target, inquiryId, { inquirersBefore: [here.inquirer_id], inquirerAfter: target, inquiries: moved });
      return { outcome: 'changed', inquiryId, inquirerId: target, moved };
    });
  }

  /**
   * An adviser confirms a quoted reference: the suggesting inquiry and its conversation (those of
   * its person) move to the referenced inquiry's person, who is made if it has none.
   */
  async confirmSuggestion(id: string, by: AdviserLinking): Promise<SuggestionOutcome<InquirerChanged>> {
    return this.db.transaction(async (tx) => {
      const decidable = await lockOpenSuggestion(tx, id);
      if ('outcome' in decidable) return decidable;
      const suggestion = decidable;
      const locked = await lockInquiries(tx, [suggestion.inquiryId, suggestion.referencedInquiryId]);
      const [here, referenced] = [locked.get(suggestion.inquiryId)!, locked.get(suggestion.referencedInquiryId)!];
      await lockInquirers(tx, [here.inquirer_id, referenced.inquirer_id]);
      const target = referenced.inquirer_id ?? (await newPersonFor(tx, referenced, by.at));
      const moved =
        here.inquirer_id === target
          ? []
          : await moveInquiries(
              tx,
              `thread_id = $3 AND inquirer_id IS NOT DISTINCT FROM $4::uuid`,
              [here.thread_id, here.inquirer_id],
              target,
              adviserMatch(by, 'link-confirmed'),
            );
      await decide(tx, suggestion.id, 'confirmed', by);
      await settle(tx, [target, here.inquirer_id]);
      await audit(tx, by, 'link-confirmed', target, here.id, {
        inquirersBefore: here.inquirer_id ? [here.inquirer_id] : [],
        inquirerAfter: target,
        suggestionId: suggestion.id,
        reference: suggestion.reference,
        referencedInquiryId: suggestion.referencedInquiryId,
        inquiries: moved,
      });
      return { outcome: 'changed', inquiryId: here.id, inquirerId: target, moved };
    });
  }

  /** An adviser rejects a quoted reference's suggestion: nothing is linked, the decision is kept and audited. */
  async rejectSuggestion(id: string, by: AdviserLinking): Promise<SuggestionOutcome<{ outcome: 'rejected' }>> {
    return this.db.transaction(async (tx) => {
      const decidable = await lockOpenSuggestion(tx, id);
      if ('outcome' in decidable) return decidable;
      const suggestion = decidable;
      const [here]: { inquirer_id: string | null }[] = await tx.query(`SELECT inquirer_id FROM inquiries WHERE id = $1`, [
        suggestion.inquiryId,
      ]);
      await decide(tx, suggestion.id, 'rejected', by);
      await audit(tx, by, 'link-rejected', here?.inquirer_id ?? null, suggestion.inquiryId, {
        suggestionId: suggestion.id,
        reference: suggestion.reference,
        referencedInquiryId: suggestion.referencedInquiryId,
      });
      return { outcome: 'rejected' };
    });
  }

  /** The person's audit, newest first: the entries on them, and those that moved inquiries away from them. */
  async auditOf(inquirerId: string, limit: number): Promise<InquirerAuditRecord[]> {
    const rows: {
      at: Date;
      actor: string;
      action: InquirerAuditAction;
      inquirer_id: string | null;
      inquiry_id: string | null;
      details: Record<string, unknown>;
    }[] = await this.db.query(
      `SELECT at, actor, action, inquirer_id, inquiry_id, details FROM inquirer_audit
        WHERE inquirer_id = $1::uuid OR details->'inquirersBefore' ? $1::text
        ORDER BY at DESC, id DESC LIMIT $2`,
      [inquirerId, limit],
    );
    return rows.map((r) => ({
      at: r.at,
      actor: r.actor,
      action: r.action,
      inquirerId: r.inquirer_id,
      inquiryId: r.inquiry_id,
      details: r.details,
    }));
  }
}

/** The inquiries, locked in a fixed order (so two changes on the same pair cannot deadlock), by id. */
async function lockInquiries(tx: EntityManager, ids: string[]): Promise<Map<string, LockedInquiry>> {
  const rows: LockedInquiry[] = await tx.query(
    `SELECT id, inquirer_id, thread_id, received_at FROM inquiries WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE`,
    [[...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** The persons, locked in a fixed order: their inquiries and `last_contact_at` change in this transaction alone. */
async function lockInquirers(tx: EntityManager, ids: (string | null)[]): Promise<void> {
  const present = [...new Set(ids.filter((id): id is string => id !== null))].sort();
  if (present.length > 0) await tx.query(`SELECT id FROM inquirers WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [present]);
}

/** A person for an inquiry that has none (recorded before persons were), the inquiry linked to it as new. */
async function newPersonFor(tx: EntityManager, inquiry: LockedInquiry, at: Date): Promise<string> {
  const [{ id }]: { id: string }[] = await tx.query(`INSERT INTO inquirers (last_contact_at) VALUES ($1) RETURNING id`, [
    inquiry.received_at,
  ]);
  await tx.query(`UPDATE inquiries SET inquirer_id = $2, inquirer_match = coalesce(inquirer_match, $3::jsonb) WHERE id = $1`, [
    inquiry.id,
    id,
    JSON.stringify({ by: 'new', at: at.toISOString() } satisfies InquirerMatchView),
  ]);
  return id;
}

function adviserMatch(by: AdviserLinking, action: 'merged' | 'split' | 'link-confirmed'): InquirerMatchView {
  return { by: 'adviser', actor: by.actor, action, at: by.at.toISOString() };
}

/** Moves the inquiries `condition` selects (its parameters from $3 on) to `target`, saying who linked them; returns their ids. */
async function moveInquiries(
  tx: EntityManager,
  condition: string,
  params: unknown[],
  target: string,
  match: InquirerMatchView,
): Promise<string[]> {
  // Through a CTE: a bare UPDATE … RETURNING comes back from TypeORM as [rows, count].
  const moved: { id: string }[] = await tx.query(
    `WITH moved AS (UPDATE inquiries SET inquirer_id = $1, inquirer_match = $2::jsonb WHERE ${condition} RETURNING id, received_at)
     SELECT id FROM moved ORDER BY received_at, id`,
    [target, JSON.stringify(match), ...params],
  );
  return moved.map((m) => m.id);
}

/** Each person's `last_contact_at` is their latest inquiry's again; a person left with no inquiries is deleted. */
async function settle(tx: EntityManager, ids: (string | null)[]): Promise<void> {
  const present = [...new Set(ids.filter((id): id is string => id !== null))];
  if (present.length === 0) return;
  await tx.query(
    `UPDATE inquirers p SET last_contact_at = latest.at
       FROM (SELECT inquirer_id, max(received_at) AS at FROM inquiries WHERE inquirer_id = ANY($1::uuid[]) GROUP BY inquirer_id) latest
      WHERE p.id = latest.inquirer_id`,
    [present],
  );
  await tx.query(
    `DELETE FROM inquirers p WHERE p.id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM inquiries i WHERE i.inquirer_id = p.id)`,
    [present],
  );
}

async function lockOpenSuggestion(
  tx: EntityManager,
  id: string,
): Promise<
  LinkSuggestionRecord | { outcome: 'unknown-suggestion' } | { outcome: 'already-decided'; status: LinkSuggestionRecord['status'] }
> {
  if (!suggestionId.test(id)) return { outcome: 'unknown-suggestion' };
  const [row]: StoredSuggestion[] = await tx.query(
    `SELECT id, inquiry_id, reference, referenced_inquiry_id, status, created_at FROM inquirer_link_suggestions WHERE id = $1 FOR UPDATE`,
    [id],
  );
  if (!row) return { outcome: 'unknown-suggestion' };
  if (row.status !== 'open') return { outcome: 'already-decided', status: row.status };
  return suggestionOf(row);
}

async function decide(tx: EntityManager, id: string, status: 'confirmed' | 'rejected', by: AdviserLinking): Promise<void> {
  await tx.query(`UPDATE inquirer_link_suggestions SET status = $2, decided_by = $3, decided_at = $4 WHERE id = $1`, [
    id,
    status,
    by.actor,
    by.at,
  ]);
}

async function audit(
  tx: EntityManager,
  by: AdviserLinking,
  action: InquirerAuditAction,
  inquirerId: string | null,
  inquiryId: string,
  details: Record<string, unknown>,
): Promise<void> {
  await tx.query(
    `INSERT INTO inquirer_audit (at, actor, action, inquirer_id, inquiry_id, details) VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
    [by.at, by.actor, action, inquirerId, inquiryId, JSON.stringify({ ...details, ...(by.note ? { note: by.note } : {}) })],
  );
}
