import { Inject, Injectable } from '@nestjs/common';
import { InquiryRecord, InquiryRepository, WorkRepository } from '@inquiry-router/persistence';
import { LiveQueues } from '@inquiry-router/live-queues';
import { WorkdeskEnv } from '../workdesk.env';
import { OutboxRelay } from '@inquiry-router/messaging';
import { WorkRefused } from './work-refused';
import { workEvent } from './work-events';

/** The adviser takes the inquiry reserved for them, if the reservation has not lapsed (judged by the database's clock). */
@Injectable()
export class AcceptInquiry {
  constructor(
    @Inject(WorkRepository) private readonly work: WorkRepository,
    @Inject(LiveQueues) private readonly queues: LiveQueues,
    @Inject(InquiryRepository) private readonly inquiries: InquiryRepository,
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
    @Inject(WorkdeskEnv) private readonly env: WorkdeskEnv,
  ) {}

  async execute(id: string, adviser: string): Promise<InquiryRecord> {
    const outcome = await this.work.act(id, this.env.KAFKA_TOPIC_PREFIX, (row) => {
      if (row.status === 'claimed' && row.assignedTo === adviser) return { refused: 'conflict', reason: `you have already accepted ${id}` };
      if (row.status !== 'queued' || row.reservedBy !== adviser) return { refused: 'conflict', reason: `${id} is not reserved for you` };
      if (!row.reservedUntil || row.reservedUntil <= row.now) return { refused: 'conflict', reason: `your reservation of ${id} lapsed at ${row.reservedUntil?.toISOString()}` };
      return {
        set: { status: 'claimed', assigned_to: adviser, assigned_at: 'now', reserved_by: null, reserved_until: null },
        history: { event: 'accepted', actor: adviser, details: { queue: row.queue } },
        outbox: [workEvent('accepted', { inquiryId: id, queue: row.queue, adviser, actor: adviser })],
      };
    });
    if (outcome.outcome === 'refused') throw new WorkRefused(outcome.refused, outcome.reason);
    await this.queues.finishReservation(id, adviser, false);
    this.relay.kick();
    return (await this.inquiries.find(id))!;
  }
}
