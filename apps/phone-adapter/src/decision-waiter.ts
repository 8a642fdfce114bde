import { Injectable, Logger } from '@nestjs/common';
import { RoutingDecision } from '@inquiry-router/contracts';

interface Pending {
  resolve: (decision: RoutingDecision | null) => void;
  timer: NodeJS.Timeout;
}

/**
 * The waiting side of the decision request-reply: the calls waiting for their routing decision,
 * each handed its decision as it arrives (DecisionReplyHandler) or null at its deadline.
 */
@Injectable()
export class DecisionWaiter {
  private readonly log = new Logger(DecisionWaiter.name);
  private readonly pending = new Map<string, Pending[]>();

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

  /** Hands a decision to the calls waiting for it; one no call here waits for is ignored. */
  settle(inquiryId: string, decision: RoutingDecision): void {
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
