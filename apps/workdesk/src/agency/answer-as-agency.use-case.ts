import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError, InquiryWork, OutboundMessage, Topics } from '@inquiry-router/contracts';
import { inquiryLanguage } from '@inquiry-router/classification';
import { Outbox } from '@inquiry-router/messaging';
import { Clock } from '@inquiry-router/runtime';
import { AgencyInbox, InquiryRecords } from '../workdesk.ports';
import { InquiryNotFound } from '../inquiries/reclassify-inquiry.use-case';

export class AlreadyAnswered extends DomainError {
  constructor(id: string) {
    super('conflict', `inquiry ${id} is already answered and resolved`);
  }
}

/**
 * An agency answers an inquiry forwarded to it: the answer goes back to the inquirer through the
 * inquiry's own channel (`outbound.message.v1`, purpose `answer`) and the inquiry is resolved
 * (`inquiry.work.v1` resolved, and its history). Both events are written to the outbox in the
 * transaction that resolves it, so an answer is never sent for a change that was not recorded,
 * and a second answer finds it resolved (409).
 */
@Injectable()
export class AnswerAsAgency {
  constructor(
    private readonly inquiries: InquiryRecords,
    private readonly deliveries: AgencyInbox,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async execute(
    agency: string,
    inquiryId: string,
    text: string,
    actor: string,
  ): Promise<{ inquiryId: string; messageId: string; status: 'resolved' }> {
    const record = await this.inquiries.find(inquiryId);
    // Another agency's inquiry does not exist for this one.
    if (!record || record.inquiry.agency !== agency) throw new InquiryNotFound(inquiryId);
    const { inquiry } = record;
    const language = inquiryLanguage(inquiry);
    const now = this.clock.now().toISOString();
    const answer: OutboundMessage = {
      messageId: randomUUID(),
      inquiryId,
      channel: inquiry.channel,
      purpose: 'answer',
      language,
      ...(inquiry.subject && { subject: inquiry.subject.startsWith('Re:') ? inquiry.subject : `Re: ${inquiry.subject}` }),
      body: text,
      sentBy: actor,
      createdAt: now,
    };
    const resolved: InquiryWork = {
      type: 'resolved',
      inquiryId,
      queue: null,
      adviser: null,
      actor,
      at: now,
      agency,
      details: { by: 'agency', messageId: answer.messageId },
    };
    const outcome = await this.deliveries.resolveWithAnswer(agency, inquiryId, actor, { messageId: answer.messageId }, [
      ...this.outbox.messages(Topics.OutboundMessage, [{ key: inquiryId, value: answer }]),
      ...this.outbox.messages(Topics.InquiryWork, [{ key: inquiryId, value: resolved }]),
    ]);
    if (outcome === 'not-found') throw new InquiryNotFound(inquiryId);
    if (outcome === 'already-resolved') throw new AlreadyAnswered(inquiryId);
    return { inquiryId, messageId: answer.messageId, status: 'resolved' };
  }
}
