import { DataSource } from 'typeorm';
import type { OutboxMessage } from '@inquiry-router/messaging';
import {
  withAddedReasons,
  type Channel,
  type IncidentLinkView,
  type Inquiry,
  type InquiryParty,
  type RoutingDecision,
} from '@inquiry-router/contracts';
import type { ReferencedThread, ReplyPlacement } from '@inquiry-router/routing';
import {
  completeForward,
  initialStatus,
  InquiryStatus,
  isRefusal,
  PendingRoutingStatus,
  PendingRoutingStatuses,
  isPendingRouting,
  reclassifyInquiry,
  type RouteChange,
} from '@inquiry-router/inquiry';
import { outboxWriter } from './outbox.repository';
import { InquiryEntity } from '../entities/inquiry.entity';
import { RoutingDecisionEntity } from '../entities/routing-decision.entity';
import { InquiryHistoryEntity } from '../entities/inquiry-history.entity';
import { decisionOf, entityOfRow, inquiryOf, inquiryStateOf } from '../mappers/inquiry.mapper';
import { writeInquiryChange, writeInquiryChanges } from './inquiry-change.writer';
import { IncidentLinkRepository } from './incident-link.repository';
import { recogniseSenders, recordRecognitions, SenderRecognition } from './inquirer-recognition.repository';

export interface RoutedInquiry {
  inquiry: Inquiry;
  decision: RoutingDecision;
  decidedAt: string;
  /** Exactly one of queue or agency. */
  queue: string | null;
  agency: string | null;
  /** Service level of a queued inquiry (computed by the router); absent for a forward. */
  serviceLevel?: { dueAt: Date; warnAt: Date; target: string } | null;
}

/** An inquiry whose routing still has to be carried out (enqueue or forward). */
export interface PendingRouting {
  id: string;
  status: PendingRoutingStatus;
  queue: string | null;
  agency: string | null;
  receivedAt: Date;
}

export interface InquiryRecord {
  inquiry: InquiryEntity;
  decision: RoutingDecisionEntity | null;
  history: InquiryHistoryEntity[];
  /** Every inquiry of the conversation, oldest first (this one included). */
  thread: InquiryEntity[];
  /** The incidents it is linked to, latest first. */
  incidents: IncidentLinkView[];
}

/** A person's change of where an inquiry goes, as the router carries it out: the domain's route change, with the new decision. */
export interface InquiryReclassification extends Omit<RouteChange, 'target'> {
  inquiryId: string;
  decision: RoutingDecision;
}

export type ReclassificationOutcome =
  | { outcome: 'unknown-inquiry' }
  /** Overtaken by newer work (resolved, re-routed by someone else), or not routable: nothing changed. */
  | { outcome: 'stale'; why: string }
  | {
      outcome: 'rerouted';
      /** The live queue it waited in before, to take it out of. */
      leftQueue: string | null;
      /** The routing still to be carried out now, as for a new inquiry; null once it is done. */
      pending: PendingRouting | null;
      inquiry: Inquiry;
      /** The decision in force now. */
      decision: RoutingDecision;
    };

/** What a new inquiry's state is besides its id, status, queue and agency: nobody holds it. */
const unclaimed = { assignedTo: null, reservedBy: null, reservedUntil: null, overflowedAt: null } as const;

/** The system of record for inquiries, their routing decisions and their history. */
export class InquiryRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Records a batch of routed inquiries in one transaction. Idempotent: an inquiry already
   * recorded is left as it is. Returns, for every inquiry in the batch, the routing still to be
   * carried out — new ones, and ones recorded before whose enqueue or forward may not have
   * happened (a crash between commit and side effect) — but never one already claimed or forwarded.
   * `placeReply` decides, from the conversation's state and first sender as recorded here, whether a
   * reply joins its conversation, reopens it, or (someone else's) becomes a conversation of its own.
   * With `senders`, each inquiry's person is recognised in the same transaction (`recogniseSenders`).
   * With `forwardEvents` (by inquiry id), a new inquiry for an agency is forwarded in the same
   * transaction too, its event in the outbox, instead of waiting for `markForwarded`.
   */
  async recordRouted(
    batch: RoutedInquiry[],
    placeReply: (reply: Inquiry, thread: ReferencedThread | null) => ReplyPlacement,
    senders?: SenderRecognition,
    forwardEvents?: ReadonlyMap<string, OutboxMessage>,
  ): Promise<PendingRouting[]> {
    if (batch.length === 0) return [];
    return this.db.transaction(async (tx) => {
      // A reply (threadRef) refers to the conversation of an inquiry; the conversation's first
      // inquiry says how it stands and who opened it.
      const refs = [...new Set(batch.map((b) => b.inquiry.threadRef).filter((r): r is string => !!r))];
      const threads: {
        ref: string;
        thread_id: string;
        status: InquiryStatus;
        channel: Channel;
        sender: InquiryParty;
        inquirer_id: string | null;
      }[] = refs.length
        ? await tx.query(
            `SELECT r.id AS ref, r.thread_id, root.status, root.channel, root.sender, root.inquirer_id
               FROM inquiries r JOIN inquiries root ON root.id = r.thread_id WHERE r.id = ANY($1::text[])`,
            [refs],
          )
        : [];
      const threadOf = new Map(threads.map((t) => [t.ref, t]));
      const placed = batch.map((b) => {
        const thread = b.inquiry.threadRef ? threadOf.get(b.inquiry.threadRef) : undefined;
        const place = placeReply(b.inquiry, thread ? { status: thread.status, channel: thread.channel, from: thread.sender } : null);
        const joins = place.placement === 'joins';
        const notJoined = place.placement === 'own-thread' ? place.notJoined : undefined;
        const status = initialStatus(joins, b.queue);
        // Forwarded in this same transaction when its event is given: written once as forwarded, not updated after.
        const forward =
          status === 'forward-pending' && forwardEvents?.has(b.inquiry.id)
            ? completeForward({ ...unclaimed, id: b.inquiry.id, status, queue: null, agency: b.agency })
            : null;
        const forwarded = forward && !isRefusal(forward) ? forward : null;
        return {
          ...b,
          forwarded,
          conversationInquirerId: joins ? (thread?.inquirer_id ?? null) : null,
          // A reference from another sender is noted where the adviser reads why it went where it did.
          decision: notJoined
            ? withAddedReasons(b.decision, [
                { text: notJoined, reason: { code: 'reply-not-joined', params: { reference: b.inquiry.threadRef ?? '' } } },
              ])
            : b.decision,
          notJoined,
          threadId: place.placement === 'own-thread' ? b.inquiry.id : thread!.thread_id,
          status: forwarded?.set.status ?? status,
          queue: joins ? null : b.queue,
          agency: joins ? null : b.agency,
        };
      });
      // Who each new inquiry's sender is, decided before it is written: each row is written once, with its person.
      const recorded: { id: string }[] = await tx.query(`SELECT id FROM inquiries WHERE id = ANY($1::text[])`, [
        placed.map((b) => b.inquiry.id),
      ]);
      const recordedBefore = new Set(recorded.map((r) => r.id));
      const recognitions = senders
        ? await recogniseSenders(
            tx,
            senders,
            placed
              .filter((b) => !recordedBefore.has(b.inquiry.id))
              .map((b) => ({
                inquiryId: b.inquiry.id,
                receivedAt: new Date(b.inquiry.receivedAt),
                threadId: b.threadId,
                conversationInquirerId: b.conversationInquirerId,
              })),
          )
        : [];
      const personOf = new Map(recognitions.map((r) => [r.inquiryId, r]));
      const inserted: { id: string }[] = await tx.query(
        `INSERT INTO inquiries (id, channel, received_at, sender, to_address, subject, body, language,
                                service_code, thread_ref, thread_id, attachments, status, queue, agency,
                                due_at, sla_target, sla_warn_at, inquirer_id, inquirer_match)
         SELECT x.id, x.channel, x.received_at, x.sender, x.to_address, x.subject, x.body, x.language,
                x.service_code, x.thread_ref, x.thread_id, coalesce(x.attachments, '[]'), x.status, x.queue, x.agency,
                x.due_at, x.sla_target, x.sla_warn_at, x.inquirer_id, x.inquirer_match
           FROM jsonb_to_recordset($1::jsonb) AS x(id text, channel text, received_at timestamptz, sender jsonb,
                to_address text, subject text, body text, language text, service_code text, thread_ref text,
                thread_id text, attachments jsonb, status text, queue text, agency text,
                due_at timestamptz, sla_target text, sla_warn_at timestamptz, inquirer_id uuid, inquirer_match jsonb)
         ON CONFLICT (id) DO NOTHING
         RETURNING id`,
        [
          JSON.stringify(
            placed.map(({ inquiry: i, queue, agency, threadId, status, serviceLevel }) => ({
              inquirer_id: personOf.get(i.id)?.inquirerId ?? null,
              inquirer_match: personOf.get(i.id)?.match ?? null,
              id: i.id,
              channel: i.channel,
              received_at: i.receivedAt,
              sender: i.from,
              to_address: i.to,
              subject: i.subject ?? null,
              body: i.body,
              language: i.language ?? null,
              service_code: i.serviceCode ?? null,
              thread_ref: i.threadRef ?? null,
              thread_id: threadId,
              attachments: i.attachments ?? [],
              status,
              queue,
              agency,
              // Only work waiting in a queue has a due time; a reply joining its thread has none of its own.
              ...(status === 'queued' && serviceLevel
                ? {
                    due_at: serviceLevel.dueAt.toISOString(),
                    sla_target: serviceLevel.target,
                    sla_warn_at: serviceLevel.warnAt.toISOString(),
                  }
                : {}),
            })),
          ),
        ],
      );
      const fresh = new Set(inserted.map((r) => r.id));
      const newOnes = placed.filter((b) => fresh.has(b.inquiry.id));
      if (newOnes.length > 0) {
        await tx.query(
          `INSERT INTO routing_decisions (inquiry_id, target, kind, category, agency, case_type, confidence, reasons, reason_codes, policy_version, decided_at)
           SELECT x.inquiry_id, x.target, x.kind, x.category, x.agency, x.case_type, x.confidence, x.reasons, x.reason_codes, x.policy_version, x.decided_at
             FROM jsonb_to_recordset($1::jsonb) AS x(inquiry_id text, target text, kind text, category text, agency text,
                  case_type text, confidence real, reasons jsonb, reason_codes jsonb, policy_version text, decided_at timestamptz)
           ON CONFLICT (inquiry_id) DO NOTHING`,
          [
            JSON.stringify(
              newOnes.map(({ inquiry, decision: d, decidedAt }) => ({
                inquiry_id: inquiry.id,
                target: d.target,
                kind: d.kind,
                category: d.category ?? null,
                agency: d.agency ?? null,
                case_type: d.caseType ?? null,
                confidence: d.confidence,
                reasons: d.reasons,
                reason_codes: d.reasonCodes ?? null,
                policy_version: d.policyVersion,
                decided_at: decidedAt,
              })),
            ),
          ],
        );
        await tx.query(
          `INSERT INTO inquiry_history (inquiry_id, event, actor, details)
           SELECT m->>'inquiry_id', m->>'event', m->>'actor', m->'details'
             FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS x(m, n) ORDER BY x.n`,
          [
            JSON.stringify(
              newOnes.flatMap((b) => [
                {
                  inquiry_id: b.inquiry.id,
                  event: 'routed',
                  actor: null,
                  details: { target: b.decision.target, threadId: b.threadId, ...(b.notJoined ? { notJoined: b.notJoined } : {}) },
                },
                ...(b.forwarded ? [{ inquiry_id: b.inquiry.id, ...b.forwarded.history }] : []),
              ]),
            ),
          ],
        );
        await outboxWriter.add(
          tx,
          newOnes.flatMap((b) => (b.forwarded ? [forwardEvents!.get(b.inquiry.id)!] : [])),
        );
        const replies = newOnes.filter((b) => b.threadId !== b.inquiry.id);
        if (replies.length > 0) {
          await tx.query(
            `INSERT INTO inquiry_history (inquiry_id, event, details)
             SELECT x.thread_id, 'reply-received', x.details FROM jsonb_to_recordset($1::jsonb) AS x(thread_id text, details jsonb)`,
            [
              JSON.stringify(
                replies.map((b) => ({ thread_id: b.threadId, details: { inquiryId: b.inquiry.id, joined: b.status === 'in-thread' } })),
              ),
            ],
          );
        }
      }
      if (senders) await recordRecognitions(tx, senders, recognitions, fresh);
      // Another router recorded one of these first (a rebalance): a person made for it alone is nobody's.
      const madeInVain = recognitions.filter((r) => r.isNew && !fresh.has(r.inquiryId)).map((r) => r.inquirerId);
      if (madeInVain.length > 0)
        await tx.query(
          `DELETE FROM inquirers p WHERE p.id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM inquiries i WHERE i.inquirer_id = p.id)`,
          [madeInVain],
        );
      const pending: { id: string; status: PendingRouting['status']; queue: string | null; agency: string | null; received_at: Date }[] =
        await tx.query(
          `SELECT id, status, queue, agency, received_at FROM inquiries
            WHERE id = ANY($1::text[]) AND status = ANY($2::text[])`,
          [batch.map((b) => b.inquiry.id), PendingRoutingStatuses],
        );
      return pending.map((p) => ({ id: p.id, status: p.status, queue: p.queue, agency: p.agency, receivedAt: p.received_at }));
    });
  }

  /**
   * The router's forwards went out: each inquiry still waiting for its forward becomes the
   * agency's, with its `inquiry.forwarded.v1` event in the outbox in the same transaction; an
   * inquiry no longer pending (a repeat) gets neither.
   */
  async markForwarded(forwards: { id: string; event: OutboxMessage }[]): Promise<void> {
    if (forwards.length === 0) return;
    await this.db.transaction(async (tx) => {
      const rows: Record<string, unknown>[] = await tx.query(`SELECT * FROM inquiries WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE`, [
        forwards.map((f) => f.id),
      ]);
      const changes = rows.flatMap((row) => {
        const forwarded = completeForward(inquiryStateOf(entityOfRow(tx, InquiryEntity, row)));
        return isRefusal(forwarded) ? [] : [{ id: row.id as string, change: forwarded }];
      });
      await writeInquiryChanges(tx, changes);
      const marked = new Set(changes.map((c) => c.id));
      await outboxWriter.add(
        tx,
        forwards.filter((f) => marked.has(f.id)).map((f) => f.event),
      );
    });
  }

  async find(id: string): Promise<InquiryRecord | null> {
    const inquiry = await this.db.getRepository(InquiryEntity).findOneBy({ id });
    if (!inquiry) return null;
    const [decision, history, thread, incidents] = await Promise.all([
      this.db.getRepository(RoutingDecisionEntity).findOneBy({ inquiryId: id }),
      this.db.getRepository(InquiryHistoryEntity).find({ where: { inquiryId: id }, order: { at: 'ASC', id: 'ASC' } }),
      this.db.getRepository(InquiryEntity).find({ where: { threadId: inquiry.threadId }, order: { receivedAt: 'ASC', id: 'ASC' } }),
      new IncidentLinkRepository(this.db).linksOf(id),
    ]);
    return { inquiry, decision, history, thread, incidents };
  }

  /** An inquiry, only if it is forwarded to this agency: an agency never sees another agency's inquiries. */
  async findForwardedTo(agency: string, id: string): Promise<InquiryRecord | null> {
    const inquiry = await this.db.getRepository(InquiryEntity).findOneBy({ id, agency, status: 'forwarded' });
    return inquiry ? this.find(inquiry.id) : null;
  }

  /**
   * Records a person's change of decision in one transaction: the new decision, the inquiry's
   * new status, queue or agency (a claimed inquiry is released), and a history entry saying who,
   * why, from and to. Idempotent: a redelivered change is recognised by its history entry and
   * only the routing not yet carried out is returned again. A change overtaken by newer work
   * (`isStale` says why) changes nothing and is noted in the history once.
   */
  async reclassify(change: InquiryReclassification): Promise<ReclassificationOutcome> {
    return this.db.transaction(async (tx) => {
      const [current]: (Record<string, unknown> & { target: string })[] = await tx.query(
        `SELECT i.*, d.target FROM inquiries i JOIN routing_decisions d ON d.inquiry_id = i.id WHERE i.id = $1 FOR UPDATE OF i`,
        [change.inquiryId],
      );
      if (!current) return { outcome: 'unknown-inquiry' };
      const [seen]: { event: string; details: { fromQueue?: string | null; why?: string } }[] = await tx.query(
        `SELECT event, details FROM inquiry_history
          WHERE inquiry_id = $1 AND event IN ('reclassified', 'reclassification-skipped')
            AND actor = $2 AND details->>'reclassifiedAt' = $3
          LIMIT 1`,
        [change.inquiryId, change.actor, change.reclassifiedAt],
      );
      if (seen?.event === 'reclassification-skipped') return { outcome: 'stale', why: seen.details.why ?? 'skipped before' };
      let leftQueue: string | null;
      if (seen) {
        leftQueue = seen.details.fromQueue ?? null;
      } else {
        const d = change.decision;
        const decided = reclassifyInquiry(inquiryStateOf(entityOfRow(tx, InquiryEntity, current)), current.target, {
          target: d.target,
          previousTarget: change.previousTarget,
          source: change.source,
          actor: change.actor,
          reason: change.reason,
          reclassifiedAt: change.reclassifiedAt,
          queue: change.queue,
          agency: change.agency,
          cannotRoute: change.cannotRoute,
        });
        if ('skipped' in decided) {
          const { event, actor, details } = decided.skipped;
          await tx.query(`INSERT INTO inquiry_history (inquiry_id, event, actor, details) VALUES ($1, $2, $3, $4::jsonb)`, [
            change.inquiryId,
            event,
            actor,
            JSON.stringify(details),
          ]);
          return { outcome: 'stale', why: details.why };
        }
        leftQueue = decided.leftQueue;
        await tx.query(
          `UPDATE routing_decisions SET target = $2, kind = $3, category = $4, agency = $5, case_type = $6, confidence = $7,
                  reasons = $8::jsonb, policy_version = $9, decided_at = $10, reason_codes = $11::jsonb
            WHERE inquiry_id = $1`,
          [
            change.inquiryId,
            d.target,
            d.kind,
            d.category ?? null,
            d.agency ?? null,
            d.caseType ?? null,
            d.confidence,
            JSON.stringify(d.reasons),
            d.policyVersion,
            change.reclassifiedAt,
            d.reasonCodes ? JSON.stringify(d.reasonCodes) : null,
          ],
        );
        await writeInquiryChange(tx, change.inquiryId, decided.change);
      }
      const [now]: { inquiry: Record<string, unknown>; decision: Record<string, unknown> }[] = await tx.query(
        `SELECT to_jsonb(i) AS inquiry, to_jsonb(d) AS decision FROM inquiries i JOIN routing_decisions d ON d.inquiry_id = i.id WHERE i.id = $1`,
        [change.inquiryId],
      );
      const inquiry = entityOfRow(tx, InquiryEntity, now.inquiry);
      const pending: PendingRouting | null = isPendingRouting(inquiry.status)
        ? { id: inquiry.id, status: inquiry.status, queue: inquiry.queue, agency: inquiry.agency, receivedAt: inquiry.receivedAt }
        : null;
      return {
        outcome: 'rerouted',
        leftQueue,
        pending,
        inquiry: inquiryOf(inquiry),
        decision: decisionOf(entityOfRow(tx, RoutingDecisionEntity, now.decision)),
      };
    });
  }
}
