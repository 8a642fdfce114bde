import { Injectable, Logger } from '@nestjs/common';
import { AdviserRoster } from '../workdesk.ports';
import { ReleaseReservations } from './release-reservations.use-case';

/**
 * Advisers whose heartbeat stopped go offline and give back their reservations, each inquiry to
 * its original place. The first step of every reservation sweep (ReservationSweeper).
 */
@Injectable()
export class TakeSilentAdvisersOffline {
  private readonly log = new Logger(TakeSilentAdvisersOffline.name);

  constructor(
    private readonly advisers: AdviserRoster,
    private readonly release: ReleaseReservations,
  ) {}

  /** Those unheard of for `heartbeatTimeoutSeconds`. */
  async execute(heartbeatTimeoutSeconds: number): Promise<void> {
    for (const adviser of await this.advisers.markSilentOffline(heartbeatTimeoutSeconds)) {
      const released = await this.release.execute(adviser, 'heartbeat missed', 'workdesk');
      this.log.log(`${adviser} went offline (no heartbeat): released ${released.length} reservations`);
    }
  }
}
