import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { QueueNames } from '@inquiry-router/contracts';
import { InquiryRepository } from '@inquiry-router/persistence';
import { LiveQueues } from '@inquiry-router/live-queues';
import { RouterEnv } from './router.env';

/**
 * Redis holds the live queues but keeps nothing on disk; Postgres is the system of record. When
 * the queues' marker is missing (a fresh or restarted Redis), every waiting inquiry is put back
 * in its queue at its original age. Checked at start and then periodically.
 */
@Injectable()
export class RebuildLiveQueues implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(RebuildLiveQueues.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(InquiryRepository) private readonly inquiries: InquiryRepository,
    @Inject(LiveQueues) private readonly queues: LiveQueues,
    @Inject(RouterEnv) private readonly env: RouterEnv,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.rebuildIfLost();
    this.timer = setInterval(
      () => void this.rebuildIfLost().catch((e) => this.log.warn(`queue rebuild check failed: ${(e as Error).message}`)),
      this.env.QUEUE_REBUILD_CHECK_SECONDS * 1000,
    );
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async rebuildIfLost(): Promise<void> {
    if (await this.queues.isBuilt()) return;
    const restored = await this.execute();
    this.log.warn(`live queues were missing in Redis: restored ${restored} waiting inquiries from Postgres`);
  }

  async execute(): Promise<number> {
    let restored = 0;
    for (const queue of QueueNames) restored += await this.queues.restore(queue, await this.inquiries.queued(queue));
    await this.queues.markBuilt();
    return restored;
  }
}
