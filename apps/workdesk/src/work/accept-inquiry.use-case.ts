import { Injectable } from '@nestjs/common';
import { acceptInquiry, isRefusal } from '@inquiry-router/inquiry';
import { InquiryRecord } from '@inquiry-router/persistence';
import { LiveQueues } from '@inquiry-router/live-queues';
import { OutboxRelay } from '@inquiry-router/messaging';
import { WorkdeskEnv } from '../workdesk.env';
import { WorkActions } from './work.ports';
import { InquiryRecords } from '../workdesk.ports';
import { WorkRefused } from './work-refused';
import { workEvent } from './work-events';

/** The adviser takes the inquiry reserved for them, if the reservation has not lapsed (judged by the database's clock). */
@Injectable()
export class AcceptInquiry {
  constructor(
    private readonly actions: WorkActions,
    private readonly queues: LiveQueues,
    private readonly inquiries: InquiryRecords,
    private readonly relay: OutboxRelay,
    private readonly env: WorkdeskEnv,
  ) {}

  async execute(id: string, adviser: string): Promise<InquiryRecord> {
    const outcome = await this.actions.act(id, this.env.KAFKA_TOPIC_PREFIX, (row) => {
      const accepted = acceptInquiry(row, adviser, row.now);
      if (isRefusal(accepted)) return accepted;
      return { ...accepted, outbox: [workEvent('accepted', { inquiryId: id, queue: row.queue, adviser, actor: adviser })] };
    });
    if (outcome.outcome === 'refused') throw new WorkRefused(outcome.refused, outcome.reason);
    await this.queues.finishReservation(id, adviser, false);
    this.relay.kick();
    return (await this.inquiries.find(id))!;
  }
}
