import { DataSource } from 'typeorm';
import type { Channel, InquiryParty, SurveyAnswerRoute, SurveyCommentView } from '@inquiry-router/contracts';
import type { OutboxMessage } from '@inquiry-router/messaging';
import type { ResolvedInquiryFacts } from '@inquiry-router/surveys';
import { outboxWriter } from './outbox.repository';

/** A resolved inquiry whose inquirer may be asked how satisfied they are. */
export interface SurveyCandidate {
  inquiryId: string;
  threadId: string;
  channel: Channel;
  sender: InquiryParty;
  language: string | null;
  inquirerId: string | null;
  queue: string | null;
  category: string | null;
  adviser: string | null;
}

/** What the decision needs beyond the inquiry: whether its conversation was asked, and when its person last was. */
export interface SurveyConsideration {
  candidate: SurveyCandidate;
  recipientKey: string;
  alreadyAsked: boolean;
  lastAskedAt: Date | null;
}

/** The row to keep (sent, or why not), and the message that asks (in the outbox with it). */
export interface PlannedSurvey {
  id: string;
  language: string;
  sent: { at: Date; tokenHash: string; expiresAt: Date } | null;
  notSentReason: string | null;
  outbox: OutboxMessage[];
}

export type SurveyConsidered =
  | { outcome: 'unknown-inquiry' }
  /** Reopened or changed since: not resolved any more. */
  | { outcome: 'not-resolved' }
  /** Decided before (a redelivered event): nothing done again. */
  | { outcome: 'considered-before' }
  | { outcome: 'sent' | 'not-sent'; survey: PlannedSurvey };

/** A survey as its public page shows it. */
export interface SurveyRecord {
  id: string;
  inquiryId: string;
  language: string;
  expiresAt: Date;
  answeredAt: Date | null;
  score: number | null;
  comment: string | null;
  answerVia: SurveyAnswerRoute | null;
}

export type SurveyAnswerOutcome = 'recorded' | 'already-answered' | 'expired' | 'unknown';

/** An open survey in the conversation a reply refers to. */
export interface OpenSurveyOfConversation {
  surveyId: string;
  /** The reference the reply gave (any inquiry of the conversation). */
  reference: string;
  inquiryId: string;
  channel: Channel;
  sender: InquiryParty;
  expiresAt: Date;
}

/** One inquiry resolved in a period, with its wait until accepted and its survey's answer. */
export type ResolvedInquiryRow = ResolvedInquiryFacts & { inquiryId: string };

/** A comment as the view has it, but with the time as a Date and the comment in clear (the caller masks it). */
export type SurveyCommentRow = Omit<SurveyCommentView, 'answeredAt'> & { answeredAt: Date };

interface SurveyRow {
  id: string;
  inquiry_id: string;
  language: string;
  expires_at: Date;
  answered_at: Date | null;
  score: number | null;
  comment: string | null;
  answer_via: SurveyAnswerRoute | null;
}

const recordOf = (r: SurveyRow): SurveyRecord => ({
  id: r.id,
  inquiryId: r.inquiry_id,
  language: r.language,
  expiresAt: r.expires_at,
  answeredAt: r.answered_at,
  score: r.score,
  comment: r.comment,
  answerVia: r.answer_via,
});

/** The satisfaction surveys: asked once after resolution, answered by link or reply, counted on the dashboard. */
export class SurveyRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Considers a resolved inquiry for the survey, once: in one transaction the decision's facts are
   * read (its person held by a lock, so two of their inquiries resolved at once are not both
   * asked), and the row `plan` makes is kept with its message in the outbox.
   */
  async consider(
    inquiryId: string,
    recipientKeyOf: (candidate: SurveyCandidate) => string,
    plan: (consideration: SurveyConsideration) => PlannedSurvey,
  ): Promise<SurveyConsidered> {
    return this.db.transaction(async (tx) => {
      const [row]: {
        id: string;
        thread_id: string;
        channel: Channel;
        sender: InquiryParty;
        language: string | null;
        inquirer_id: string | null;
        status: string;
        queue: string | null;
        assigned_to: string | null;
        category: string | null;
      }[] = await tx.query(
        `SELECT i.id, i.thread_id, i.channel, i.sender, i.language, i.inquirer_id, i.status, i.queue, i.assigned_to, d.category
           FROM inquiries i LEFT JOIN routing_decisions d ON d.inquiry_id = i.id
          WHERE i.id = $1 FOR UPDATE OF i`,
        [inquiryId],
      );
      if (!row) return { outcome: 'unknown-inquiry' };
      if (row.status !== 'resolved') return { outcome: 'not-resolved' };
      const candidate: SurveyCandidate = {
        inquiryId: row.id,
        threadId: row.thread_id,
        channel: row.channel,
        sender: row.sender,
        language: row.language,
        inquirerId: row.inquirer_id,
        queue: row.queue,
        category: row.category,
        adviser: row.assigned_to,
      };
      const recipientKey = recipientKeyOf(candidate);
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`survey-recipient:${recipientKey}`]);
      const [facts]: { considered: boolean; thread_asked: boolean; last_asked_at: Date | null }[] = await tx.query(
        `SELECT EXISTS (SELECT 1 FROM surveys WHERE inquiry_id = $1) AS considered,
                EXISTS (SELECT 1 FROM surveys WHERE thread_id = $2 AND sent_at IS NOT NULL) AS thread_asked,
                (SELECT max(sent_at) FROM surveys WHERE recipient_key = $3 AND sent_at IS NOT NULL) AS last_asked_at`,
        [row.id, row.thread_id, recipientKey],
      );
      if (facts.considered) return { outcome: 'considered-before' };
      const planned = plan({ candidate, recipientKey, alreadyAsked: facts.thread_asked, lastAskedAt: facts.last_asked_at });
      await tx.query(
        `INSERT INTO surveys (id, inquiry_id, thread_id, recipient_key, channel, language, queue, category, adviser,
                              sent_at, not_sent_reason, token_hash, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [
          planned.id,
          row.id,
          row.thread_id,
          recipientKey,
          row.channel,
          planned.language,
          row.queue,
          row.category,
          row.assigned_to,
          planned.sent?.at ?? null,
          planned.notSentReason,
          planned.sent?.tokenHash ?? null,
          planned.sent?.expiresAt ?? null,
        ],
      );
      await outboxWriter.add(tx, planned.outbox);
      return { outcome: planned.sent ? 'sent' : 'not-sent', survey: planned };
    });
  }

  /** Inquiries resolved since `since` and resolved still, not yet considered for a survey: the oldest resolution first. */
  async resolvedUnconsidered(since: Date, limit: number): Promise<string[]> {
    const rows: { inquiry_id: string }[] = await this.db.query(
      `SELECT h.inquiry_id FROM inquiry_history h JOIN inquiries i ON i.id = h.inquiry_id
        WHERE h.event = 'resolved' AND h.at >= $1 AND i.status = 'resolved'
          AND NOT EXISTS (SELECT 1 FROM surveys s WHERE s.inquiry_id = h.inquiry_id)
        GROUP BY h.inquiry_id ORDER BY min(h.at) LIMIT $2`,
      [since, limit],
    );
    return rows.map((r) => r.inquiry_id);
  }

  /** The survey a link names, if the link's token is the one it was sent with. */
  async findByLink(surveyId: string, tokenHash: string): Promise<SurveyRecord | null> {
    const [row]: SurveyRow[] = await this.db.query(
      `SELECT id, inquiry_id, language, expires_at, answered_at, score, comment, answer_via FROM surveys WHERE id = $1 AND token_hash = $2`,
      [surveyId, tokenHash],
    );
    return row ? recordOf(row) : null;
  }

  /** Records the answer given through the link: the first answer stands. */
  async answerByLink(
    surveyId: string,
    tokenHash: string,
    answer: { score: number; comment: string | null },
    now: Date,
  ): Promise<SurveyAnswerOutcome> {
    const survey = await this.findByLink(surveyId, tokenHash);
    if (!survey) return 'unknown';
    return this.answer(surveyId, answer, 'link', now);
  }

  /** The unanswered, unexpired surveys of the conversations the references name. */
  async openSurveysOf(references: readonly string[], now: Date): Promise<OpenSurveyOfConversation[]> {
    if (references.length === 0) return [];
    const rows: { id: string; reference: string; inquiry_id: string; channel: Channel; sender: InquiryParty; expires_at: Date }[] =
      await this.db.query(
        `SELECT s.id, r.id AS reference, s.inquiry_id, i.channel, i.sender, s.expires_at
           FROM inquiries r
           JOIN surveys s ON s.thread_id = r.thread_id
           JOIN inquiries i ON i.id = s.inquiry_id
          WHERE r.id = ANY($1::text[]) AND s.sent_at IS NOT NULL AND s.answered_at IS NULL AND s.expires_at > $2`,
        [references, now],
      );
    return rows.map((r) => ({
      surveyId: r.id,
      reference: r.reference,
      inquiryId: r.inquiry_id,
      channel: r.channel,
      sender: r.sender,
      expiresAt: r.expires_at,
    }));
  }

  /** Of these replies, those taken as a survey's answer already. */
  async repliesTakenAsAnswers(replyIds: readonly string[]): Promise<string[]> {
    if (replyIds.length === 0) return [];
    const rows: { reply_inquiry_id: string }[] = await this.db.query(
      `SELECT reply_inquiry_id FROM surveys WHERE reply_inquiry_id = ANY($1::text[])`,
      [replyIds],
    );
    return rows.map((r) => r.reply_inquiry_id);
  }

  /** Records a reply as the survey's answer (the first answer stands), naming the reply. */
  async answerByReply(
    surveyId: string,
    replyInquiryId: string,
    answer: { score: number; comment: string | null },
    now: Date,
  ): Promise<SurveyAnswerOutcome> {
    return this.answer(surveyId, answer, 'reply', now, replyInquiryId);
  }

  /** Records an answer by link or reply, unless the survey was answered already or its time is out. */
  async answer(
    surveyId: string,
    answer: { score: number; comment: string | null },
    via: SurveyAnswerRoute,
    now: Date,
    replyInquiryId: string | null = null,
  ): Promise<SurveyAnswerOutcome> {
    // As a SELECT: the driver answers an UPDATE with its rows and its count.
    const updated: unknown[] = await this.db.query(
      `WITH answered AS (
         UPDATE surveys SET answered_at = $2, score = $3, comment = $4, answer_via = $5, reply_inquiry_id = $6
          WHERE id = $1 AND sent_at IS NOT NULL AND answered_at IS NULL AND expires_at > $2 RETURNING id)
       SELECT id FROM answered`,
      [surveyId, now, answer.score, answer.comment, via, replyInquiryId],
    );
    if (updated.length === 1) return 'recorded';
    const [row]: { answered: boolean; expired: boolean }[] = await this.db.query(
      `SELECT answered_at IS NOT NULL AS answered, expires_at <= $2 AS expired FROM surveys WHERE id = $1 AND sent_at IS NOT NULL`,
      [surveyId, now],
    );
    if (!row) return 'unknown';
    return row.answered ? 'already-answered' : 'expired';
  }

  /** The inquiries resolved in [from, to), with the wait until first accepted and their survey's answer. */
  async resolvedBetween(from: Date, to: Date): Promise<ResolvedInquiryRow[]> {
    const rows: {
      id: string;
      queue: string | null;
      channel: string;
      category: string | null;
      adviser: string | null;
      wait_seconds: number | null;
      sent: boolean;
      score: number | null;
    }[] = await this.db.query(
      `SELECT i.id, i.queue, i.channel, d.category, coalesce(i.assigned_to, s.adviser) AS adviser,
              extract(epoch FROM (accepted.at - i.received_at))::float8 AS wait_seconds,
              s.sent_at IS NOT NULL AS sent, s.score
         FROM inquiries i
         LEFT JOIN routing_decisions d ON d.inquiry_id = i.id
         LEFT JOIN surveys s ON s.inquiry_id = i.id
         LEFT JOIN LATERAL (SELECT min(h.at) AS at FROM inquiry_history h WHERE h.inquiry_id = i.id AND h.event = 'accepted') accepted ON true
        WHERE i.status = 'resolved'
          AND i.id IN (SELECT r.inquiry_id FROM inquiry_history r WHERE r.event = 'resolved' AND r.at >= $1 AND r.at < $2)`,
      [from, to],
    );
    return rows.map((r) => ({
      inquiryId: r.id,
      queue: r.queue,
      channel: r.channel,
      category: r.category,
      adviser: r.adviser,
      waitSeconds: r.wait_seconds === null ? null : Math.max(0, Number(r.wait_seconds)),
      surveySent: r.sent,
      score: r.score,
    }));
  }

  /** The comments answered in [from, to), newest first (in clear: the caller masks them). */
  async commentsBetween(from: Date, to: Date, limit: number): Promise<SurveyCommentRow[]> {
    const rows: {
      inquiry_id: string;
      answered_at: Date;
      score: number;
      comment: string;
      queue: string | null;
      channel: string;
      category: string | null;
      adviser: string | null;
    }[] = await this.db.query(
      `SELECT s.inquiry_id, s.answered_at, s.score, s.comment, i.queue, i.channel, d.category, coalesce(i.assigned_to, s.adviser) AS adviser
         FROM surveys s JOIN inquiries i ON i.id = s.inquiry_id LEFT JOIN routing_decisions d ON d.inquiry_id = i.id
        WHERE s.answered_at >= $1 AND s.answered_at < $2 AND s.comment IS NOT NULL
        ORDER BY s.answered_at DESC, s.id LIMIT $3`,
      [from, to, limit],
    );
    return rows.map((r) => ({
      inquiryId: r.inquiry_id,
      answeredAt: r.answered_at,
      score: r.score,
      comment: r.comment,
      queue: r.queue,
      channel: r.channel,
      category: r.category,
      adviser: r.adviser,
    }));
  }
}
