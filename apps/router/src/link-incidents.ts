import { Injectable } from '@nestjs/common';
import { languageOrBokmal, OutboundMessage, Topics } from '@inquiry-router/contracts';
import { Outbox } from '@inquiry-router/messaging';
import { incidentMessageId, incidentNoticeText } from '@inquiry-router/notices';
import { Clock } from '@inquiry-router/runtime';
import type { IncidentLinkPlan } from './match-incidents';
import { IncidentLinks } from './router.ports';
import { RouterEnv } from './router.env';

/**
 * Records the links of routed inquiries to incidents, once each: a new link writes its history row
 * and tells the inquirer at once, in their language and through their channel, that the problem is
 * known and where to follow it (a caller heard it in the menu and is sent nothing). The message id
 * is the inquiry's and the incident's, so a redelivered inquiry is told nothing twice.
 */
@Injectable()
export class LinkIncidents {
  constructor(
    private readonly links: IncidentLinks,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly env: RouterEnv,
  ) {}

  async record(plans: IncidentLinkPlan[]): Promise<void> {
    if (plans.length === 0) return;
    const byKey = new Map(plans.map((p) => [`${p.inquiry.id}\u0000${p.incident.id}`, p]));
    await this.links.recordLinks(
      plans.map((p) => ({
        inquiryId: p.inquiry.id,
        noticeId: p.incident.id,
        explanation: p.explanation,
        explanationCodes: p.explanationCodes,
        told: p.inquiry.channel !== 'phone',
      })),
      (made) => {
        const at = this.clock.now().toISOString();
        const messages = made
          .filter((l) => l.told)
          .map((l) => {
            const { inquiry, incident } = byKey.get(`${l.inquiryId}\u0000${l.noticeId}`)!;
            const language = languageOrBokmal(inquiry.language);
            const message: OutboundMessage = {
              messageId: incidentMessageId('incident-notice', inquiry.id, incident.id),
              inquiryId: inquiry.id,
              channel: inquiry.channel,
              purpose: 'incident-notice',
              language,
              body: incidentNoticeText(incident, language, this.env.STATUS_PAGE_URL),
              sentBy: 'router',
              createdAt: at,
            };
            return { key: inquiry.id, value: message };
          });
        return this.outbox.messages(Topics.OutboundMessage, messages);
      },
    );
  }
}
