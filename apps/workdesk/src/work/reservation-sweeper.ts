import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AdviserRepository, WorkRepository } from '@inquiry-router/persistence';
import { LiveQueues, Reservation } from '@inquiry-router/live-queues';
import { WorkdeskEnv } from '../workdesk.env';
import { OutboxRelay } from '@inquiry-router/messaging';
import { ReleaseReservations } from './release-reservations.use-case';
import { workEvent } from './work-events';

/** A sweeper holds an expired reservation this long; if it dies, another takes it after. */
const LeaseMs = 30_000;

/**
 * Periodically: advisers whose heartbeat stopped go offline and give back their reservations;
 * reservations past their time lapse and their inquiries go back to their original place. Safe
 * with several workdesk instances: Redis leases each expired reservation to one sweeper, and
 * Postgres changes it only if it is still the same reservation and really past its time.
 */
@Injectable()
export class ReservationSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(ReservationSweeper.name);
  private timer?: NodeJS.Timeout;
  private sweeping: Promise<void> | null = null;

  constructor(
    @Inject(WorkRepository) private readonly work: WorkRepository,
    @Inject(AdviserRepository) private readonly advisers: AdviserRepository,
    @Inject(LiveQueues) private readonly queues: LiveQueues,
    @Inject(ReleaseReservations) private readonly release: ReleaseReservations,
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
    @Inject(WorkdeskEnv) private readonly env: WorkdeskEnv,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (this.sweeping) return;
      this.sweeping = this.sweep()
        .catch((e) => this.log.warn(`reservation sweep failed: ${(e as Error).message}`))
        .finally(() => (this.sweeping = null));
    }, this.env.WORK_SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
  }

  async sweep(): Promise<void> {
    for (const adviser of await this.advisers.markSilentOffline(this.env.ADVISER_HEARTBEAT_TIMEOUT_SECONDS)) {
      const released = await this.release.execute(adviser, 'heartbeat missed', 'workdesk');
      this.log.log(`${adviser} went offline (no heartbeat): released ${released.length} reservations`);
    }
    for (const reservation of await this.queues.leaseExpired(new Date(), LeaseMs)) await this.lapse(reservation);
  }

  private async lapse(r: Reservation): Promise<void> {
    let after: 'requeue' | 'drop' | { keepUntil: Date } = 'drop';
    await this.work.act(r.id, this.env.KAFKA_TOPIC_PREFIX, (row) => {
      if (row.status === 'queued' && row.reservedBy === r.adviser && row.queue === r.queue) {
        if (row.reservedUntil && row.reservedUntil > row.now) {
          after = { keepUntil: row.reservedUntil };
          return { refused: 'conflict', reason: 'not yet due' };
        }
        after = 'requeue';
        return {
          set: { reserved_by: null, reserved_until: null },
          history: { event: 'reservation-lapsed', actor: 'workdesk', details: { adviser: r.adviser, queue: row.queue, reservedUntil: row.reservedUntil?.toISOString() } },
          outbox: [workEvent('reservation-lapsed', { inquiryId: r.id, queue: row.queue, adviser: r.adviser, actor: 'workdesk', reservedUntil: row.reservedUntil?.toISOString() })],
        };
      }
      // Released in Postgres but not yet in Redis (a crash in between): it waits unreserved, so back it goes.
      after = row.status === 'queued' && row.reservedBy === null && row.queue === r.queue ? 'requeue' : 'drop';
      return { refused: 'conflict', reason: 'no longer this reservation' };
    });
    const decided = after as 'requeue' | 'drop' | { keepUntil: Date };
    if (typeof decided === 'object') await this.queues.setReservationExpiry(r.id, decided.keepUntil);
    else await this.queues.finishReservation(r.id, r.adviser, decided === 'requeue');
    this.relay.kick();
  }
}
