import { DataSource, EntityManager } from 'typeorm';
import type { OutboxMessage } from '@inquiry-router/messaging';
import type { CaseStatus, CaseType, Channel, InquiryHistoryEventName, Language } from '@inquiry-router/contracts';
import { outboxWriter } from './outbox.repository';
import { CaseEntity } from '../entities/case.entity';
import { InquiryHistoryEntity } from '../entities/inquiry-history.entity';

type CaseRow = {
  id: string;
  inquiry_id: string;
  thread_id: string;
  type: CaseType;
  status: CaseStatus;
  owner: string | null;
  language: Language;
  created_at: Date;
  updated_at: Date;
  last_update_at: Date;
  reminded_at: Date | null;
};

function caseOfRow(r: CaseRow): CaseEntity {
  return Object.assign(new CaseEntity(), {
    id: r.id,
    inquiryId: r.inquiry_id,
    threadId: r.thread_id,
    type: r.type,
    status: r.status,
    owner: r.owner,
    language: r.language,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    lastUpdateAt: r.last_update_at,
    remindedAt: r.reminded_at,
  });
}

/** What case registration needs to know about an inquiry, as recorded by the router. */
export interface InquiryForCase {
  id: string;
  threadId: string;
  channel: Channel;
  language: string | null;
  subject: string | null;
  body: string;
  status: string;
  queue: string | null;
  /** The decision in force (after any reclassification). */
  target: string;
  caseType: CaseType | null;
}

export interface CaseFilter {
  statuses?: CaseStatus[];
  owner?: string;
  type?: CaseType;
  /** The case's inquiry or any inquiry of its conversation. */
  inquiryId?: string;
  limit: number;
}

export interface CaseRecord {
  case: CaseEntity;
  channel: Channel;
  subject: string | null;
  /** History rows of the case's conversation that concern the case. */
  history: InquiryHistoryEntity[];
}

/** The statements a case change is made of, all in one transaction. */
export class CaseTransaction {
  constructor(private readonly tx: EntityManager) {}

  async lockCase(id: string): Promise<CaseEntity | null> {
    const [row]: CaseRow[] = await this.tx.query(`SELECT * FROM cases WHERE id = $1 FOR UPDATE`, [id]);
    return row ? caseOfRow(row) : null;
  }

  async lockOpenCaseOfThread(threadId: string): Promise<CaseEntity | null> {
    const [row]: CaseRow[] = await this.tx.query(`SELECT * FROM cases WHERE thread_id = $1 AND status <> 'closed' FOR UPDATE`, [threadId]);
    return row ? caseOfRow(row) : null;
  }

  /** Whether a case was ever registered for this inquiry (open or closed): a redelivery must not register another. */
  async hasCaseFor(inquiryId: string): Promise<boolean> {
    const rows: unknown[] = await this.tx.query(`SELECT 1 FROM cases WHERE inquiry_id = $1 LIMIT 1`, [inquiryId]);
    return rows.length > 0;
  }

  /** Registers a case unless the thread has an open one already (then null). */
  async insertCase(c: {
    inquiryId: string;
    threadId: string;
    type: CaseType;
    language: Language;
    owner: string | null;
  }): Promise<CaseEntity | null> {
    const [row]: CaseRow[] = await this.tx.query(
      `INSERT INTO cases (inquiry_id, thread_id, type, status, owner, language) VALUES ($1, $2, $3, 'registered', $4, $5)
       ON CONFLICT (thread_id) WHERE status <> 'closed' DO NOTHING RETURNING *`,
      [c.inquiryId, c.threadId, c.type, c.owner, c.language],
    );
    return row ? caseOfRow(row) : null;
  }

  /** Changes status and/or owner; every such change counts as an update, so the reminder starts over. */
  async updateCase(id: string, changes: { status?: CaseStatus; owner?: string | null }): Promise<CaseEntity> {
    const [[row]]: [CaseRow[], number] = await this.tx.query(
      `UPDATE cases SET status = coalesce($2, status), owner = CASE WHEN $3 THEN $4 ELSE owner END,
              updated_at = now(), last_update_at = now(), reminded_at = NULL
        WHERE id = $1 RETURNING *`,
      [id, changes.status ?? null, changes.owner !== undefined, changes.owner ?? null],
    );
    return caseOfRow(row);
  }

  /** Events of the change, published once it commits. */
  async addToOutbox(events: readonly OutboxMessage[]): Promise<void> {
    await outboxWriter.add(this.tx, events);
  }

  async addHistory(
    inquiryId: string,
    event: InquiryHistoryEventName,
    actor: string | null,
    details: Record<string, unknown>,
  ): Promise<void> {
    await this.tx.query(`INSERT INTO inquiry_history (inquiry_id, event, actor, details) VALUES ($1, $2, $3, $4::jsonb)`, [
      inquiryId,
      event,
      actor,
      JSON.stringify(details),
    ]);
  }

  /** Whether the inquiry's history has `event` with `details[key] = value` (how redeliveries are recognised). */
  async hasHistory(inquiryId: string, event: string, key: string, value: string): Promise<boolean> {
    const rows: unknown[] = await this.tx.query(
      `SELECT 1 FROM inquiry_history WHERE inquiry_id = $1 AND event = $2 AND details->>$3 = $4 LIMIT 1`,
      [inquiryId, event, key, value],
    );
    return rows.length > 0;
  }
}

/** The service desk's cases (system of record); case changes and their history rows commit together. */
export class CaseRepository {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (tx: CaseTransaction) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) => work(new CaseTransaction(tx)));
  }

  async inquiryForCase(inquiryId: string): Promise<InquiryForCase | null> {
    const [found]: InquiryForCase[] = await this.db.query(
      `SELECT i.id, i.thread_id AS "threadId", i.channel, i.language, i.subject, i.body, i.status, i.queue, d.target, d.case_type AS "caseType"
         FROM inquiries i JOIN routing_decisions d ON d.inquiry_id = i.id WHERE i.id = $1`,
      [inquiryId],
    );
    return found ?? null;
  }

  /** Whether the router took the inquiry as a satisfaction survey's answer: such a reply is never recorded as an inquiry. */
  async takenAsSurveyAnswer(inquiryId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(`SELECT 1 FROM surveys WHERE reply_inquiry_id = $1`, [inquiryId]);
    return rows.length > 0;
  }

  /** Whether the router has dealt with a person's reclassification (carried out or skipped), and how. */
  async reclassificationOutcome(
    inquiryId: string,
    actor: string,
    reclassifiedAt: string,
  ): Promise<'reclassified' | 'reclassification-skipped' | null> {
    const [row]: { event: 'reclassified' | 'reclassification-skipped' }[] = await this.db.query(
      `SELECT event FROM inquiry_history
        WHERE inquiry_id = $1 AND event IN ('reclassified', 'reclassification-skipped') AND actor = $2 AND details->>'reclassifiedAt' = $3
        LIMIT 1`,
      [inquiryId, actor, reclassifiedAt],
    );
    return row?.event ?? null;
  }

  /** Cases, longest without an update first. */
  async list(filter: CaseFilter): Promise<CaseEntity[]> {
    const rows: CaseRow[] = await this.db.query(
      `SELECT * FROM cases
        WHERE ($1::text[] IS NULL OR status = ANY($1::text[]))
          AND ($2::text IS NULL OR owner = $2)
          AND ($3::text IS NULL OR type = $3)
          AND ($5::text IS NULL OR inquiry_id = $5 OR thread_id = (SELECT thread_id FROM inquiries WHERE id = $5))
        ORDER BY last_update_at, id LIMIT $4`,
      [filter.statuses ?? null, filter.owner ?? null, filter.type ?? null, filter.limit, filter.inquiryId ?? null],
    );
    return rows.map(caseOfRow);
  }

  async find(id: string): Promise<CaseRecord | null> {
    const [row]: (CaseRow & { channel: Channel; subject: string | null })[] = await this.db.query(
      `SELECT c.*, i.channel, i.subject FROM cases c JOIN inquiries i ON i.id = c.inquiry_id WHERE c.id = $1`,
      [id],
    );
    if (!row) return null;
    const history: InquiryHistoryEntity[] = await this.db
      .getRepository(InquiryHistoryEntity)
      .createQueryBuilder('h')
      .where(`h.details->>'caseId' = :id`, { id })
      .orderBy('h.at', 'ASC')
      .addOrderBy('h.id', 'ASC')
      .getMany();
    return { case: caseOfRow(row), channel: row.channel, subject: row.subject, history };
  }

  /**
   * Takes the cases due a reminder — still followed (not resolved or closed), no update for
   * `idleSeconds`, not reminded within the last `idleSeconds` — and marks them reminded, once
   * across every instance (SKIP LOCKED). `announce` runs inside the transaction (history rows,
   * events to the outbox): if it throws, nothing is marked and the reminders are due again.
   */
  async takeDueReminders(
    idleSeconds: number,
    limit: number,
    announce: (due: CaseEntity[], tx: CaseTransaction) => Promise<void>,
  ): Promise<CaseEntity[]> {
    return this.db.transaction(async (em) => {
      const [rows]: [CaseRow[], number] = await em.query(
        `WITH due AS (
           SELECT id FROM cases
            WHERE status NOT IN ('resolved', 'closed')
              AND last_update_at <= now() - make_interval(secs => $1)
              AND (reminded_at IS NULL OR reminded_at <= now() - make_interval(secs => $1))
            ORDER BY last_update_at LIMIT $2 FOR UPDATE SKIP LOCKED)
         UPDATE cases c SET reminded_at = now() FROM due WHERE c.id = due.id RETURNING c.*`,
        [idleSeconds, limit],
      );
      const due = rows.map(caseOfRow);
      if (due.length > 0) await announce(due, new CaseTransaction(em));
      return due;
    });
  }
}
