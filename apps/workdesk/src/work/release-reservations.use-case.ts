import { Injectable } from '@nestjs/common';
import { isRefusal, releaseReservation } from '@inquiry-router/inquiry';
import { LiveQueues } from '@inquiry-router/live-queues';
import { OutboxRelay } from '@inquiry-router/messaging';
import { WorkdeskEnv } from '../workdesk.env';
import { WaitingWork, WorkActions } from './work.ports';
import { workEvent } from './work-events';

/** Gives back everything an adviser has reserved (they went offline): each inquiry returns to its original place. */
@Injectable()
export class ReleaseReservations {
  constructor(
    private readonly actions: WorkActions,
    private readonly waiting: WaitingWork,
    private readonly queues: LiveQueues,
    private readonly relay: OutboxRelay,
    private readonly env: WorkdeskEnv,
  ) {}

  async execute(adviser: string, reason: string, actor: string): Promise<string[]> {
    const released: string[] = [];
    for (const id of await this.waiting.reservedBy(adviser)) {
      const outcome = await this.actions.act(id, this.env.KAFKA_TOPIC_PREFIX, (row) => {
        const released = releaseReservation(row, adviser, reason, actor);
        if (isRefusal(released)) return released;
        return { ...released, outbox: [workEvent('released', { inquiryId: id, queue: row.queue, adviser, actor, details: { reason } })] };
      });
      // Back at its original score; whatever Redis holds for it is the holder's reservation record.
      if (outcome.outcome === 'done') {
        await this.queues.finishReservation(id, adviser, true);
        released.push(id);
      }
    }
    if (released.length > 0) this.relay.kick();
    return released;
  }
}
