import { DataSource } from 'typeorm';
import type { Channel, DecisionReason, Inquiry, Language, RoutingDecision } from '@inquiry-router/contracts';
import type { InquiryChange, InquiryState, Refusal, RefusalKind } from '@inquiry-router/inquiry';
import { InquiryEntity } from '../entities/inquiry.entity';
import { RoutingDecisionEntity } from '../entities/routing-decision.entity';
import { decisionOf, entityOfRow, inquiryOf, inquiryStateOf } from '../mappers/inquiry.mapper';
import { writeInquiryChange } from './inquiry-change.writer';
import { onTopicsOf, outboxWriter, WorkEventMessage } from './outbox.repository';

/** An inquiry as the work actions see it, locked for the change. */
export interface WorkRow extends InquiryState {
  channel: Channel;
  language: Language | null;
  receivedAt: Date;
  dueAt: Date | null;
  subject: string | null;
  threadId: string;
  /** The database's clock, so reservation times are judged by one clock. */
  now: Date;
  /** The routing decision in force, if any. */
  decision: RoutingDecision | null;
  /** The inquiry as received, for events that carry it. */
  inquiry: Inquiry;
}

/** What an action does to a locked inquiry: the lifecycle's change, the events it publishes, and a new decision in force if any. */
export type WorkChange = InquiryChange & {
  outbox: WorkEventMessage[];
  /** A new decision in force (an adviser forwarded it to an agency). */
  decision?: {
    target: string;
    kind: string;
    category: string | null;
    agency: string | null;
    caseType: string | null;
    reasons: string[];
    /** Absent when the decision before had none (stored before reasons had codes). */
    reasonCodes?: DecisionReason[];
  };
  /** The saved answer the change's answer was made from: recorded with it, or the change is refused if the template is retired. */
  templateUse?: { templateId: string; usedBy: string };
};

/** An action's verdict on the inquiry it looked at. */
export type WorkPlan = WorkChange | Refusal;

export type WorkOutcome = { outcome: 'done'; before: WorkRow } | { outcome: 'refused'; refused: RefusalKind; reason: string };

/**
 * The advisers' (and the workdesk's own) actions on one inquiry. Every change writes its history
 * row and its events in the same transaction, under a lock on the inquiry, so each happens exactly once.
 */
export class InquiryActionsRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Applies one action to one inquiry: locks it, lets `plan` decide from what it sees (who holds
   * it, its status, the database clock), then writes the change, its history row and its events.
   */
  async act(id: string, topicPrefix: string, plan: (row: WorkRow) => WorkPlan): Promise<WorkOutcome> {
    return this.db.transaction(async (tx) => {
      const [raw]: (Record<string, unknown> & { db_now: Date; decision: Record<string, unknown> | null })[] = await tx.query(
        `SELECT i.*, now() AS db_now, to_jsonb(d) AS decision
           FROM inquiries i LEFT JOIN routing_decisions d ON d.inquiry_id = i.id
          WHERE i.id = $1 FOR UPDATE OF i`,
        [id],
      );
      if (!raw) return { outcome: 'refused', refused: 'not-found', reason: `no inquiry ${id}` };
      const entity = entityOfRow(tx, InquiryEntity, raw);
      const row: WorkRow = {
        ...inquiryStateOf(entity),
        channel: entity.channel,
        language: entity.language as Language | null,
        receivedAt: entity.receivedAt,
        dueAt: entity.dueAt,
        subject: entity.subject,
        threadId: entity.threadId,
        now: raw.db_now,
        decision: raw.decision ? decisionOf(entityOfRow(tx, RoutingDecisionEntity, raw.decision)) : null,
        inquiry: inquiryOf(entity),
      };
      const change = plan(row);
      if ('refused' in change) return { outcome: 'refused', refused: change.refused, reason: change.reason };
      if (change.templateUse) {
        // First, before anything is written: a template retired since the adviser chose it refuses the answer.
        const used: unknown[] = await tx.query(
          `INSERT INTO answer_template_uses (inquiry_id, template_id, used_by)
           SELECT $1, id, $3 FROM answer_templates WHERE id = $2 AND retired_at IS NULL FOR SHARE
           RETURNING template_id`,
          [id, change.templateUse.templateId, change.templateUse.usedBy],
        );
        if (used.length === 0) {
          return { outcome: 'refused', refused: 'conflict', reason: `answer template ${change.templateUse.templateId} is retired or gone` };
        }
      }
      if (change.decision) {
        const d = change.decision;
        await tx.query(
          `UPDATE routing_decisions SET target = $2, kind = $3, category = $4, agency = $5, case_type = $6, reasons = $7::jsonb,
                  reason_codes = $8::jsonb, decided_at = now() WHERE inquiry_id = $1`,
          [
            id,
            d.target,
            d.kind,
            d.category,
            d.agency,
            d.caseType,
            JSON.stringify(d.reasons),
            d.reasonCodes ? JSON.stringify(d.reasonCodes) : null,
          ],
        );
      }
      await writeInquiryChange(tx, id, change);
      await outboxWriter.add(tx, onTopicsOf(topicPrefix, change.outbox));
      return { outcome: 'done', before: row };
    });
  }
}
