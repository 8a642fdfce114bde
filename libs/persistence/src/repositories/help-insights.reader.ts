import { DataSource } from 'typeorm';
import { RepeatContactDefaults } from '@inquiry-router/classification';
import type { Language } from '@inquiry-router/contracts';
import type { ContactFacts } from '@inquiry-router/help-insights';

/** One contact as the help-page report reads it. */
export type InsightContactRow = ContactFacts;

/** Days back an earlier contact of the same person on the same matter makes a contact a follow-up: the routing's default repeat-contact span. */
export const FollowUpDays = RepeatContactDefaults.withinDays;

/**
 * The contacts of [$1, $2), as `HelpInsightsReader.contacts` reads them. An inquiry's last resolve
 * and acceptance are read from its own few history rows (`inquiry_history_inquiry_idx`), the event
 * told apart after the lookup: named in the lookup, it let a planner without statistics (a table
 * just filled, or a storm that outruns autovacuum) read the whole partial index of resolves once
 * per contact — a minute for a week of two years' history, where this takes a tenth of a second.
 */
export const insightContactsQuery = `
  SELECT i.id AS "inquiryId", coalesce(d.category, d.target) AS category,
         concat_ws(E'\\n', i.subject, i.body) AS text, i.received_at AS "receivedAt",
         r.at AS "resolvedAt", a.at AS "acceptedAt",
         (r.at IS NOT NULL AND (
            EXISTS (SELECT 1 FROM inquiries l
                     WHERE l.thread_id = i.thread_id AND l.received_at > i.received_at AND l.id <> l.thread_id AND l.status <> 'in-thread')
            OR EXISTS (SELECT 1 FROM cases x JOIN inquiry_history h ON h.inquiry_id = x.inquiry_id
                        WHERE x.thread_id = i.thread_id AND h.event = 'case-status-changed'
                          AND h.details->>'from' = 'resolved' AND h.details ? 'replyInquiryId'))) AS reopened,
         (EXISTS (SELECT 1 FROM inquiries e WHERE e.thread_id = i.thread_id AND e.received_at < i.received_at AND e.id <> i.id)
          OR (i.inquirer_id IS NOT NULL AND EXISTS (
            SELECT 1 FROM inquiries e JOIN routing_decisions ed ON ed.inquiry_id = e.id
             WHERE e.inquirer_id = i.inquirer_id AND e.id <> i.id
               AND e.received_at < i.received_at AND e.received_at >= i.received_at - make_interval(days => ${FollowUpDays})
               AND coalesce(ed.category, ed.target) = coalesce(d.category, d.target)))) AS "followsEarlierContact"
    FROM inquiries i
    JOIN routing_decisions d ON d.inquiry_id = i.id
    LEFT JOIN LATERAL (
      SELECT max(h.at) FILTER (WHERE h.event = 'resolved') AS at FROM inquiry_history h WHERE h.inquiry_id = i.id
    ) r ON true
    LEFT JOIN LATERAL (
      SELECT max(h.at) FILTER (WHERE h.event = 'accepted') AS at FROM inquiry_history h WHERE h.inquiry_id = i.id AND h.at <= r.at
    ) a ON true
   WHERE i.received_at >= $1 AND i.received_at < $2 AND i.status <> 'in-thread'
   ORDER BY i.received_at, i.id`;

/**
 * What the help-page report reads of the inquiries. A contact is an inquiry recorded as one (a
 * reply that joined a conversation being handled is part of that conversation, not a contact of
 * its own); its category is the decision's technical category, or for the agencies' matters the
 * target it went to.
 */
export class HelpInsightsReader {
  constructor(private readonly db: DataSource) {}

  /**
   * The contacts received in [from, to), oldest first, with their text (subject and body), their
   * last resolve and the last acceptance before it (their history), whether they were reopened —
   * resolved, then a later reply in their conversation was new work, or their case was reopened by
   * a reply — and whether the same person contacted the support about the same conversation or
   * category in the `FollowUpDays` before.
   */
  async contacts(from: Date, to: Date): Promise<InsightContactRow[]> {
    return this.db.transaction(async (tx) => {
      // A period's worth looks costly to the planner, whose JIT compiling then takes longer than it runs.
      await tx.query(`SET LOCAL jit = off`);
      return tx.query(insightContactsQuery, [from, to]);
    });
  }

  /** The contacts received in [from, to) as a mark's effect reads them: category, time and text. */
  async contactTexts(from: Date, to: Date): Promise<Pick<InsightContactRow, 'category' | 'receivedAt' | 'text'>[]> {
    return this.db.query(
      `SELECT coalesce(d.category, d.target) AS category, i.received_at AS "receivedAt", concat_ws(E'\\n', i.subject, i.body) AS text
         FROM inquiries i JOIN routing_decisions d ON d.inquiry_id = i.id
        WHERE i.received_at >= $1 AND i.received_at < $2 AND i.status <> 'in-thread'`,
      [from, to],
    );
  }
}

/** One answer made from a saved answer: on which inquiry, and the template as now kept. */
export interface AnswerTemplateUseRow {
  inquiryId: string;
  templateId: string;
  title: string;
  language: Language;
  /** Retired since: its uses still count. */
  retired: boolean;
}

/** Which saved answers the answers to given inquiries were made from (`answer_template_uses` with `answer_templates`). */
export class AnswerTemplateUseReader {
  constructor(private readonly db: DataSource) {}

  /** One row per use (an inquiry answered twice from one template has two). */
  async usesOn(inquiryIds: readonly string[]): Promise<AnswerTemplateUseRow[]> {
    if (inquiryIds.length === 0) return [];
    return this.db.query(
      `SELECT u.inquiry_id AS "inquiryId", t.id::text AS "templateId", t.title, t.language, t.retired_at IS NOT NULL AS retired
         FROM answer_template_uses u JOIN answer_templates t ON t.id = u.template_id
        WHERE u.inquiry_id = ANY($1::text[])`,
      [inquiryIds],
    );
  }
}
