import { Injectable, Logger } from '@nestjs/common';
import { QueueNames } from '@inquiry-router/contracts';
import { LiveQueues, WorkPolicySource } from '@inquiry-router/live-queues';
import { WaitingWork } from './router.ports';
import { restoreWaiting } from './restore-waiting';

/**
 * Redis holds the live queues and reservations but keeps nothing on disk; Postgres is the system
 * of record. When the queues' marker is missing (a fresh or restarted Redis), every waiting
 * inquiry is put back in its queue at its original place, and every reservation Postgres records
 * is restored for its holder with its own expiry (a lapsed one then lapses as usual). Checked at
 * start and then every QUEUE_REBUILD_CHECK_SECONDS.
 */
@Injectable()
export class RebuildLiveQueues {
  private readonly log = new Logger(RebuildLiveQueues.name);

  constructor(
    private readonly work: WaitingWork,
    private readonly queues: LiveQueues,
    private readonly policy: WorkPolicySource,
  ) {}

  async rebuildIfLost(): Promise<void> {
    if (await this.queues.isBuilt()) return;
    const { waiting, reserved } = await this.execute();
    // A first start (or an empty system) finds them missing with nothing lost: no warning.
    if (waiting + reserved === 0) this.log.log('live queues built in Redis; nothing was waiting in Postgres');
    else
      this.log.warn(`live queues were missing in Redis: restored ${waiting} waiting inquiries and ${reserved} reservations from Postgres`);
  }

  async execute(): Promise<{ waiting: number; reserved: number }> {
    const policy = await this.policy.get();
    let waiting = 0;
    let reserved = 0;
    for (const queue of QueueNames) {
      const restored = await restoreWaiting(this.queues, await this.work.waiting(queue), policy);
      waiting += restored.waiting;
      reserved += restored.reserved;
    }
    await this.queues.markBuilt();
    return { waiting, reserved };
  }
}
