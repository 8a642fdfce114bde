import { Injectable } from '@nestjs/common';
import { lapseReservation } from '@inquiry-router/inquiry';
import { LiveQueues, Reservation } from '@inquiry-router/live-queues';
import { OutboxRelay } from '@inquiry-router/messaging';
import { WorkdeskEnv } from '../workdesk.env';
import { WorkActions } from './work.ports';
import { TakeSilentAdvisersOffline } from './take-silent-advisers-offline.use-case';
import { workEvent } from './work-events';

/** A sweeper holds an expired reservation this long; if it dies, another takes it after. */
const LeaseMs = 30_000;

/**
 * Every WORK_SWEEP_INTERVAL_MS: advisers whose heartbeat stopped go offline and give back their
 * reservations (TakeSilentAdvisersOffline); then reservations past their time lapse and their
 * inquiries go back to their original place. Safe with several workdesk instances: Redis leases each expired reservation to one sweeper, and
 * Postgres changes it only if it is still the same reservation and really past its time.
 */
@Injectable()
export class ReservationSweeper {
  constructor(
    private readonly silentAdvisers: TakeSilentAdvisersOffline,
    private readonly actions: WorkActions,
    private readonly queues: LiveQueues,
    private readonly relay: OutboxRelay,
    private readonly env: WorkdeskEnv,
  ) {}

  async sweep(): Promise<void> {
    await this.silentAdvisers.execute(this.env.ADVISER_HEARTBEAT_TIMEOUT_SECONDS);
    for (const reservation of await this.queues.leaseExpired(new Date(), LeaseMs)) await this.lapse(reservation);
  }

  private async lapse(r: Reservation): Promise<void> {
    let after: 'requeue' | 'drop' | { keepUntil: Date } = 'drop';
    await this.actions.act(r.id, this.env.KAFKA_TOPIC_PREFIX, (row) => {
      const lapsed = lapseReservation(row, { adviser: r.adviser, queue: r.queue }, row.now, 'workdesk');
      if ('keepUntil' in lapsed) {
        after = { keepUntil: lapsed.keepUntil };
        return { refused: 'conflict', reason: 'not yet due' };
      }
      if ('gone' in lapsed) {
        after = lapsed.gone;
        return { refused: 'conflict', reason: 'no longer this reservation' };
      }
      after = 'requeue';
      return {
        ...lapsed.lapse,
        outbox: [
          workEvent('reservation-lapsed', {
            inquiryId: r.id,
            queue: row.queue,
            adviser: r.adviser,
            actor: 'workdesk',
            reservedUntil: row.reservedUntil?.toISOString(),
          }),
        ],
      };
    });
    const decided = after as 'requeue' | 'drop' | { keepUntil: Date };
    if (typeof decided === 'object') await this.queues.setReservationExpiry(r.id, decided.keepUntil);
    else await this.queues.finishReservation(r.id, r.adviser, decided === 'requeue');
    this.relay.kick();
  }
}
