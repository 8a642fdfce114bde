import { Injectable, Logger } from '@nestjs/common';
import { languageOrBokmal, OutboundMessage, Topics } from '@inquiry-router/contracts';
import { isRefusal, resolveForIncident } from '@inquiry-router/inquiry';
import { LiveQueues } from '@inquiry-router/live-queues';
import { OutboxRelay } from '@inquiry-router/messaging';
import { incidentMessageId, incidentResolutionText } from '@inquiry-router/notices';
import { onTopicsOf, type IncidentResolutionRecord, type LinkAnswer, type LinkedInquiryRow } from '@inquiry-router/persistence';
import { Clock } from '@inquiry-router/runtime';
import { WorkdeskEnv } from '../workdesk.env';
import { workEvent } from '../work/work-events';
import { IncidentResolutions } from './incidents.ports';

/** Links answered per resolution in one run, so one large incident does not hold the others up for long. */
const LinksPerRun = 200;

/**
 * The background of a resolution: each unanswered link of each unfinished resolution, one
 * transaction each (several workdesks share them: a link one holds, another skips). An inquiry still
 * open is resolved as an adviser's answer resolves it — history row, `inquiry.work.v1` 'resolved',
 * out of the live queue (its reservation or claim ends) — and its inquirer sent the resolution text
 * in their language through their channel, with a message id of the inquiry and the incident, so a
 * run cut off and resumed sends nothing twice. One resolved, forwarded or being forwarded already is
 * only marked answered. Runs every second and at start, which resumes what a stop left.
 */
@Injectable()
export class AnswerLinkedInquiries {
  private readonly log = new Logger(AnswerLinkedInquiries.name);

  constructor(
    private readonly resolutions: IncidentResolutions,
    private readonly queues: LiveQueues,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
    private readonly env: WorkdeskEnv,
  ) {}

  /** Answers what is left of every unfinished resolution; returns how many links it answered. */
  async execute(): Promise<number> {
    let answered = 0;
    for (const resolution of await this.resolutions.unfinished()) answered += await this.answer(resolution, LinksPerRun);
    return answered;
  }

  /** Answers up to `limit` links of one resolution. */
  async answer(resolution: IncidentResolutionRecord, limit = LinksPerRun): Promise<number> {
    let answered = 0;
    while (answered < limit) {
      const done = await this.resolutions.answerNext(resolution.noticeId, (row) => this.plan(resolution, row));
      if (done.outcome === 'none') {
        if (done.finished) this.log.log(`the linked inquiries of ${resolution.noticeId} are answered`);
        break;
      }
      answered++;
      this.relay.kick();
      // After the commit: Redis follows the system of record (and is rebuilt from it if this is lost).
      if (done.changed) await this.leaveLiveQueue(done.before);
    }
    return answered;
  }

  private plan(resolution: IncidentResolutionRecord, row: LinkedInquiryRow): LinkAnswer {
    const messageId = incidentMessageId('incident-resolution', row.id, resolution.noticeId);
    const change = resolveForIncident(row, resolution.startedBy, resolution.noticeId, messageId);
    if (isRefusal(change)) return { change: null, outbox: [] };
    const language = languageOrBokmal(row.language);
    const message: OutboundMessage = {
      messageId,
      inquiryId: row.id,
      channel: row.channel,
      purpose: 'incident-resolution',
      language,
      ...(row.subject && { subject: row.subject.startsWith('Re:') ? row.subject : `Re: ${row.subject}` }),
      body: incidentResolutionText(resolution.text, language),
      sentBy: resolution.startedBy,
      createdAt: this.clock.now().toISOString(),
    };
    const outbox = [
      { topic: Topics.OutboundMessage, key: row.id, payload: message },
      workEvent('resolved', {
        inquiryId: row.id,
        queue: null,
        adviser: row.assignedTo ?? row.reservedBy,
        actor: resolution.startedBy,
        details: { messageId, from: row.queue, noticeId: resolution.noticeId },
      }),
    ];
    return { change, outbox: onTopicsOf(this.env.KAFKA_TOPIC_PREFIX, outbox) };
  }

  /** A waiting inquiry leaves its live queue; a reserved one's reservation ends without going back. */
  private async leaveLiveQueue(before: LinkedInquiryRow): Promise<void> {
    if (before.status !== 'queued' || !before.queue) return;
    if (before.reservedBy) await this.queues.finishReservation(before.id, before.reservedBy, false);
    await this.queues.remove(before.queue, before.id);
  }
}
