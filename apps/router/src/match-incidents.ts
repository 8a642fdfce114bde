import { Injectable } from '@nestjs/common';
import { withAddedReasons, type DecisionReason, type Inquiry } from '@inquiry-router/contracts';
import { IncidentsInForce } from '@inquiry-router/incidents-in-force';
import type { Notice } from '@inquiry-router/notices';
import type { RoutedInquiry } from '@inquiry-router/persistence';

/** A routed inquiry found to be about a known incident, with why. */
export interface IncidentLinkPlan {
  inquiry: Inquiry;
  incident: Pick<Notice, 'id' | 'title'>;
  explanation: string[];
  explanationCodes: DecisionReason[];
}

/**
 * Which inquiries of a planned batch are about an incident in force (libs/notices' `matchIncident`
 * on the decided category, the channel, subject and body, and the time received). A match's
 * explanation joins the decision's reasons, so it is recorded and shown like every routing reason.
 */
@Injectable()
export class MatchIncidents {
  constructor(private readonly incidents: IncidentsInForce) {}

  match(routed: RoutedInquiry[]): IncidentLinkPlan[] {
    const links: IncidentLinkPlan[] = [];
    for (const r of routed) {
      const { inquiry, decision } = r;
      const found = this.incidents.match({
        category: decision.category ?? null,
        channel: inquiry.channel,
        text: [inquiry.subject, inquiry.body].filter(Boolean).join('\n'),
        receivedAt: new Date(inquiry.receivedAt),
      });
      const incident = found && this.incidents.incident(found.noticeId);
      if (!found || !incident) continue;
      r.decision = withAddedReasons(
        decision,
        found.explanation.map((text, n) => ({ text, reason: found.explanationCodes[n] })),
      );
      links.push({ inquiry, incident, explanation: found.explanation, explanationCodes: found.explanationCodes });
    }
    return links;
  }
}
