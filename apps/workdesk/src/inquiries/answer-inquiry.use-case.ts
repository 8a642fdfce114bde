import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@inquiry-router/access';
import { languageOrBokmal, OutboundMessage, Topics } from '@inquiry-router/contracts';
import { unfilledPlaceholders } from '@inquiry-router/answer-templates';
import { answerInquiry, isRefusal, resolveInquiry } from '@inquiry-router/inquiry';
import type { InquiryRecord } from '@inquiry-router/persistence';
import { Clock } from '@inquiry-router/runtime';
import { UnfilledPlaceholders, UnusableAnswerTemplate } from '../answer-templates/answer-template-errors';
import { AnswerTemplates } from '../answer-templates/answer-templates.ports';
import { ActOnHeldInquiry } from '../work/act-on-held-inquiry';
import { workEvent } from '../work/work-events';

/**
 * The holder answers an accepted inquiry: the answer goes back through the inquiry's channel (an
 * `outbound.message.v1` the channel's adapter sends) and, with `resolve`, the inquiry is resolved —
 * both from one transaction, so an answer is never sent for a change that did not happen. An answer
 * made from a saved answer (`templateId`) is sent as the adviser wrote it (they may have changed the
 * filled template), and the template's use is recorded in that same transaction.
 */
@Injectable()
export class AnswerInquiry {
  constructor(
    private readonly act: ActOnHeldInquiry,
    private readonly clock: Clock,
    private readonly templates: AnswerTemplates,
  ) {}

  async execute(id: string, user: AuthenticatedUser, text: string, resolve: boolean, templateId?: string): Promise<InquiryRecord> {
    if (templateId) await this.checkTemplateUse(templateId, text);
    return this.act.execute(id, user, (row, actor) => {
      const messageId = randomUUID();
      const changed = resolve ? resolveInquiry(row, actor, messageId) : answerInquiry(row, actor, messageId);
      if (isRefusal(changed)) return changed;
      const language = languageOrBokmal(row.language);
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
      const templateUse = templateId ? { templateUse: { templateId, usedBy: user.username } } : {};
      if (!resolve) return { ...changed, ...templateUse, outbox: [outbound] };
      return {
        ...changed,
        ...templateUse,
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

  /** A template named for an answer is one in force, and the answer has none of its placeholders left unfilled. */
  private async checkTemplateUse(templateId: string, text: string): Promise<void> {
    const template = await this.templates.find(templateId);
    if (!template) throw new UnusableAnswerTemplate(templateId, 'unknown');
    if (template.retiredAt) throw new UnusableAnswerTemplate(templateId, 'retired');
    const unfilled = unfilledPlaceholders(text);
    if (unfilled.length > 0) throw new UnfilledPlaceholders(unfilled);
  }
}
