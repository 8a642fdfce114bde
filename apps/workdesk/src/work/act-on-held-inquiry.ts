import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@inquiry-router/access';
import { InquiryRecord, InquiryRepository, WorkChange, WorkRepository, WorkRow } from '@inquiry-router/persistence';
import { WorkdeskEnv } from '../workdesk.env';
import { OutboxRelay } from '@inquiry-router/messaging';
import { WorkRefused } from './work-refused';
import { Requeue } from './requeue';

/** What an action on an accepted inquiry does, and the queue it goes (back) to, if any. */
export type HeldChange = WorkChange & { requeueTo?: string };

/**
 * The frame of every action on an accepted inquiry: only its holder (or a supervisor) may act,
 * the change is written with its history row and events in one transaction, and an inquiry that
 * goes (back) to a queue takes its original place there.
 */
@Injectable()
export class ActOnHeldInquiry {
  constructor(
    @Inject(WorkRepository) private readonly work: WorkRepository,
    @Inject(InquiryRepository) private readonly inquiries: InquiryRepository,
    @Inject(Requeue) private readonly requeue: Requeue,
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
    @Inject(WorkdeskEnv) private readonly env: WorkdeskEnv,
  ) {}

  async execute(id: string, user: AuthenticatedUser, change: (row: WorkRow) => HeldChange | WorkRefused): Promise<InquiryRecord> {
    let requeueTo: string | undefined;
    const outcome = await this.work.act(id, this.env.KAFKA_TOPIC_PREFIX, (row) => {
      const refusal = holderRefusal(row, user);
      if (refusal) return refusal;
      const planned = change(row);
      if (planned instanceof WorkRefused) return { refused: planned.kind, reason: planned.message };
      requeueTo = planned.requeueTo;
      return planned;
    });
    if (outcome.outcome === 'refused') throw new WorkRefused(outcome.refused, outcome.reason);
    if (requeueTo) await this.requeue.execute(outcome.before, requeueTo);
    this.relay.kick();
    return (await this.inquiries.find(id))!;
  }
}

function holderRefusal(row: WorkRow, user: AuthenticatedUser): { refused: 'conflict' | 'forbidden'; reason: string } | null {
  if (row.status === 'queued' && row.reservedBy === user.username) return { refused: 'conflict', reason: `accept ${row.id} first` };
  if (row.status !== 'claimed') return { refused: 'conflict', reason: `${row.id} is not in an adviser's hands (it is ${row.status})` };
  const supervises = user.role === 'supervisor' || user.role === 'admin';
  if (row.assignedTo !== user.username && !supervises) return { refused: 'forbidden', reason: `${row.id} is held by another adviser` };
  return null;
}
