import { Injectable } from '@nestjs/common';
import { holdsAny, Supervisors, type AuthenticatedUser } from '@inquiry-router/access';
import type { CaseType, QueueName } from '@inquiry-router/contracts';
import { Actor, Decided, isRefusal, Refusal } from '@inquiry-router/inquiry';
import { InquiryRecord, WorkChange, WorkRow } from '@inquiry-router/persistence';
import { OutboxRelay } from '@inquiry-router/messaging';
import { WorkdeskEnv } from '../workdesk.env';
import { WorkActions } from './work.ports';
import { InquiryRecords } from '../workdesk.ports';
import { WorkRefused } from './work-refused';
import { Requeue } from './requeue';
import { workEvent } from './work-events';

/** What an action on an accepted inquiry does, and the queue it goes (back) to, if any. */
export type HeldChange = WorkChange & { requeueTo?: string };

/** An action that sends the held inquiry to a queue, told by one work event. */
export interface HeldMove {
  event: 'escalated' | 'put-back' | 'sent-to-servicedesk';
  /** The queue it goes on to (the event names the one it came from); null: back to its own queue. */
  to: QueueName | null;
  note?: string;
  caseType?: CaseType;
}

/**
 * The frame of every action on an accepted inquiry: the inquiry's lifecycle decides (only its
 * holder, or a supervisor, may act), the change is written with its history row and events in one
 * transaction, and an inquiry that goes (back) to a queue takes its original place there.
 */
@Injectable()
export class ActOnHeldInquiry {
  constructor(
    private readonly actions: WorkActions,
    private readonly inquiries: InquiryRecords,
    private readonly requeue: Requeue,
    private readonly relay: OutboxRelay,
    private readonly env: WorkdeskEnv,
  ) {}

  async execute(id: string, user: AuthenticatedUser, change: (row: WorkRow, actor: Actor) => HeldChange | Refusal): Promise<InquiryRecord> {
    const actor: Actor = { username: user.username, mayTakeOver: holdsAny(user, Supervisors) };
    let requeueTo: string | undefined;
    const outcome = await this.actions.act(id, this.env.KAFKA_TOPIC_PREFIX, (row) => {
      const planned = change(row, actor);
      if (isRefusal(planned)) return planned;
      requeueTo = planned.requeueTo;
      return planned;
    });
    if (outcome.outcome === 'refused') throw new WorkRefused(outcome.refused, outcome.reason);
    if (requeueTo) await this.requeue.execute(outcome.before, requeueTo);
    this.relay.kick();
    return (await this.inquiries.find(id))!;
  }

  /** `change` (the lifecycle's transition) as a move: its work event, and the inquiry at its original age in the queue it goes to. */
  move(id: string, user: AuthenticatedUser, move: HeldMove, change: (row: WorkRow, actor: Actor) => Decided): Promise<InquiryRecord> {
    return this.execute(id, user, (row, actor) => {
      const changed = change(row, actor);
      if (isRefusal(changed)) return changed;
      const to = move.to ?? row.queue!;
      const event = workEvent(move.event, {
        inquiryId: id,
        queue: to,
        adviser: row.assignedTo,
        actor: user.username,
        ...(move.caseType && { caseType: move.caseType }),
        ...(move.note && { note: move.note }),
        ...(move.to && { details: { from: row.queue } }),
      });
      return { ...changed, outbox: [event], requeueTo: to };
    });
  }
}
