import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@inquiry-router/access';
import { Language, Languages, OutboundMessage, Topics } from '@inquiry-router/contracts';
import { answerInquiry, isRefusal, resolveInquiry } from '@inquiry-router/inquiry';
import type { InquiryRecord } from '@inquiry-router/persistence';
import { Clock } from '@inquiry-router/runtime';
import { ActOnHeldInquiry } from '../work/act-on-held-inquiry';
import { workEvent } from '../work/work-events';

/**
 * The holder answers an accepted inquiry: the answer goes back through the inquiry's channel (an
 * `outbound.message.v1` the channel's adapter sends) and, with `resolve`, the inquiry is resolved —
 * both from one transaction, so an answer is never sent for a change that did not happen.
 */
@Injectable()
export class AnswerInquiry {
  constructor(
    @Inject(ActOnHeldInquiry) private readonly act: ActOnHeldInquiry,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  execute(id: string, user: AuthenticatedUser, text: string, resolve: boolean): Promise<InquiryRecord> {
    return this.act.execute(id, user, (row, actor) => {
      const messageId = randomUUID();
      const changed = resolve ? resolveInquiry(row, actor, messageId) : answerInquiry(row, actor, messageId);
      if (isRefusal(changed)) return changed;
      const language: Language = (Languages as readonly string[]).includes(row.language ?? '') ? (row.language as Language) : 'nb';
      const message: OutboundMessage = {
        messageId,
        inquiryId: id,
        channel: row.channel,
        purpose: 'answer',
        language,
        ...(row.subject && { subject: row.subject.startsWith('Re:') ? row.subject : `Re: ${row.subject}` }),
        body: text,
        sentBy: user.username,
        createdAt: this.clock.now().toISOString(),
      };
      const outbound = { topic: Topics.OutboundMessage, key: id, payload: message };
      if (!resolve) return { ...changed, outbox: [outbound] };
      return {
        ...changed,
        outbox: [
          outbound,
          workEvent('resolved', {
            inquiryId: id,
            queue: null,
            adviser: row.assignedTo,
            actor: user.username,
            details: { messageId, from: row.queue },
          }),
        ],
      };
    });
  }
}
