import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CaseStatus, CaseStatusChanged, Channel, OutboundMessage, Topics } from '@inquiry-router/contracts';
import { Outbox } from '@inquiry-router/messaging';
import type { CaseEntity, CaseTransaction } from '@inquiry-router/persistence';
import { Clock } from '@inquiry-router/runtime';
import { caseStatusNotice } from './case-status-text';

export interface CaseChange {
  case: CaseEntity;
  /** The channel of the case's inquiry: the reporter is told through it. */
  channel: Channel;
  from: CaseStatus | null;
  actor: string;
  note?: string;
  reopenedByReply?: boolean;
  /** Added to the history row (what caused the change). */
  details?: Record<string, unknown>;
}

/**
 * What every change of a case's status does, inside the transaction that makes it: a history row
 * on the case's inquiry, `case.status-changed.v1`, and a notice to the reporter in their language
 * (`outbound.message.v1`, purpose case-status, through the channel they used). The events go
 * to the outbox in that transaction: published once it commits, never for a change rolled back.
 */
@Injectable()
export class AnnounceCaseChange {
  constructor(
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async execute(tx: CaseTransaction, change: CaseChange): Promise<void> {
    const c = change.case;
    const at = this.clock.now().toISOString();
    const notice = caseStatusNotice(c, c.status, c.language, { note: change.note, reopenedByReply: change.reopenedByReply });
    const message: OutboundMessage = {
      messageId: randomUUID(),
      inquiryId: c.inquiryId,
      channel: change.channel,
      purpose: 'case-status',
      language: c.language,
      subject: notice.subject,
      body: notice.body,
      sentBy: change.actor,
      createdAt: at,
    };
    const event: CaseStatusChanged = {
      caseId: c.id,
      inquiryId: c.inquiryId,
      type: c.type,
      from: change.from,
      to: c.status,
      ...(change.note?.trim() && { note: change.note.trim() }),
      actor: change.actor,
      changedAt: at,
    };
    await tx.addHistory(c.inquiryId, change.from === null ? 'case-registered' : 'case-status-changed', change.actor, {
      caseId: c.id,
      type: c.type,
      from: change.from,
      to: c.status,
      ...(event.note && { note: event.note }),
      messageId: message.messageId,
      ...change.details,
    });
    await tx.addToOutbox([
      ...this.outbox.messages(Topics.CaseStatusChanged, [{ key: c.id, value: event }]),
      ...this.outbox.messages(Topics.OutboundMessage, [{ key: c.inquiryId, value: message }]),
    ]);
  }
}
