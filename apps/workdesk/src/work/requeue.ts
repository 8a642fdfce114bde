import { Injectable } from '@nestjs/common';
import type { WorkRow } from '@inquiry-router/persistence';
import { LiveQueues, queueScore, WorkPolicySource } from '@inquiry-router/live-queues';

/** Puts an inquiry (back) in a live queue at its original place: the score depends only on the inquiry. */
@Injectable()
export class Requeue {
  constructor(
    private readonly queues: LiveQueues,
    private readonly policy: WorkPolicySource,
  ) {}

  async execute(row: Pick<WorkRow, 'id' | 'channel' | 'language' | 'receivedAt' | 'dueAt' | 'decision'>, queue: string): Promise<void> {
    const score = queueScore(row, await this.policy.get());
    const category = row.decision?.category ?? null;
    await this.queues.enqueue([{ queue, id: row.id, channel: row.channel, language: row.language, category, score }]);
  }
}
