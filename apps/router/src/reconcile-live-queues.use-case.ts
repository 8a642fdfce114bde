import { Injectable, Logger } from '@nestjs/common';
import { QueueNames } from '@inquiry-router/contracts';
import { LiveQueues, WorkPolicySource } from '@inquiry-router/live-queues';
import { WaitingWork } from './router.ports';
import { restoreWaiting } from './restore-waiting';

/** Differences looked at (read again from Postgres, then put right) at a time. */
const BatchSize = 1000;

/**
 * Brings the live queues in Redis in line with Postgres, the system of record, while Redis keeps
 * its data (a Redis that lost it is rebuilt: RebuildLiveQueues). An enqueue can fail for good
 * after the inquiry was recorded (Redis unreachable past the router's retries), and an entry can
 * outlive its inquiry's waiting; so every QUEUE_RECONCILE_SECONDS each queue's ids in Redis are
 * compared with those Postgres has waiting there: a missing inquiry is put back at its original
 * place (a reserved one as its holder's reservation), and an entry whose inquiry no longer waits
 * there is dropped. Only ids are compared; full rows are read for the differences alone. One
 * instance per period does it (a turn in Redis), and every step is idempotent, so an overlap does
 * no harm.
 */
@Injectable()
export class ReconcileLiveQueues {
  private readonly log = new Logger(ReconcileLiveQueues.name);

  constructor(
    private readonly work: WaitingWork,
    private readonly queues: LiveQueues,
    private readonly policy: WorkPolicySource,
  ) {}

  /** Reconciles unless another instance has this period's turn, or the queues await their rebuild. */
  async reconcileInTurn(periodMs: number): Promise<void> {
    if (!(await this.queues.isBuilt())) return;
    // A little shorter than the period, so the instance that had it is not kept out by timer jitter.
    if (!(await this.queues.takeTurn('reconcile-live-queues', Math.ceil(periodMs * 0.9)))) return;
    const { restored, dropped } = await this.execute();
    if (restored + dropped > 0)
      this.log.warn(
        `live queues differed from Postgres: put back ${restored} waiting inquiries, dropped ${dropped} entries no longer waiting`,
      );
  }

  async execute(): Promise<{ restored: number; dropped: number }> {
    const policy = await this.policy.get();
    let restored = 0;
    let dropped = 0;
    for (const queue of QueueNames) {
      // Redis first: an inquiry recorded and enqueued in between then only looks missing (and is
      // added again idempotently), never stale.
      const [reserved, inRedis] = await Promise.all([this.queues.reservedIds(), this.queues.idSet(queue)]);
      const inPostgres = new Set(await this.work.waitingIds(queue));
      const missing = new Set([...inPostgres].filter((id) => !inRedis.has(id) && !reserved.has(id)));
      const stale = new Set([...inRedis].filter((id) => !inPostgres.has(id)));
      const differences = [...missing, ...stale];
      for (let i = 0; i < differences.length; i += BatchSize) {
        const batch = differences.slice(i, i + BatchSize);
        // Read again just before acting, so what changed since the comparison is left as it is now.
        const rows = await this.work.waiting(queue, batch);
        const waitingNow = new Set(rows.map((r) => r.id));
        const gone = batch.filter((id) => stale.has(id) && !waitingNow.has(id));
        await this.queues.remove(queue, ...gone);
        dropped += gone.length;
        const back = await restoreWaiting(
          this.queues,
          rows.filter((r) => missing.has(r.id)),
          policy,
        );
        restored += back.waiting + back.reserved;
      }
    }
    return { restored, dropped };
  }
}
