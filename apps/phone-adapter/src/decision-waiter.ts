import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { RoutingDecision, Topics } from '@inquiry-router/contracts';
import { ConsumerRegistry } from '@inquiry-router/messaging';
import { PhoneAdapterEnv } from './phone-adapter.env';

interface Pending {
  resolve: (decision: RoutingDecision | null) => void;
  timer: NodeJS.Timeout;
}

/**
 * The waiting side of the decision request-reply: reads `routing.decision.reply.v1` in a consumer
 * group of its own (every instance sees every reply and picks out its own callers), from the
 * moment it joins, and hands each decision to the call waiting for it.
 */
@Injectable()
export class DecisionWaiter {
  private readonly log = new Logger(DecisionWaiter.name);
  private readonly pending = new Map<string, Pending[]>();

  constructor(@Inject(ConsumerRegistry) consumers: ConsumerRegistry, @Inject(PhoneAdapterEnv) env: PhoneAdapterEnv) {
    // CommonEnv's transform turns an unset INSTANCE_ID into the string "undefined".
    const instance = env.INSTANCE_ID && env.INSTANCE_ID !== 'undefined' ? env.INSTANCE_ID : randomBytes(6).toString('hex');
    consumers.register({
      // Unique per instance: a shared group would hand a caller's reply to another instance.
      groupId: `phone-adapter-${instance}`,
      topic: Topics.RoutingDecisionReply,
      fromBeginning: false,
      handle: async (events) => {
        for (const e of events) this.settle(e.value.inquiryId, e.value.decision);
      },
    });
  }

  /**
   * Starts waiting for an inquiry's decision; call before publishing, so a fast reply is not missed.
   * Resolves with the decision, or null once `deadlineMs` has passed.
   */
  waitFor(inquiryId: string, deadlineMs: number): Promise<RoutingDecision | null> {
    return new Promise((resolve) => {
      const entry: Pending = {
        resolve,
        timer: setTimeout(() => {
          this.remove(inquiryId, entry);
          resolve(null);
        }, deadlineMs),
      };
      this.pending.set(inquiryId, [...(this.pending.get(inquiryId) ?? []), entry]);
    });
  }

  /** Stops waiting (the call was answered another way) so nothing is left behind. */
  cancel(inquiryId: string): void {
    for (const entry of this.pending.get(inquiryId) ?? []) {
      clearTimeout(entry.timer);
      entry.resolve(null);
    }
    this.pending.delete(inquiryId);
  }

  get waiting(): number {
    return this.pending.size;
  }

  private settle(inquiryId: string, decision: RoutingDecision): void {
    const entries = this.pending.get(inquiryId);
    if (!entries) return; // another instance's caller, or one that already gave up
    this.pending.delete(inquiryId);
    for (const entry of entries) {
      clearTimeout(entry.timer);
      entry.resolve(decision);
    }
    this.log.debug(`decision for ${inquiryId}: ${decision.target}`);
  }

  private remove(inquiryId: string, entry: Pending): void {
    const rest = (this.pending.get(inquiryId) ?? []).filter((e) => e !== entry);
    if (rest.length > 0) this.pending.set(inquiryId, rest);
    else this.pending.delete(inquiryId);
  }
}
