import { Injectable, Logger } from '@nestjs/common';
import type { ProposalRecord } from '@inquiry-router/persistence';
import { OrderOpeningException } from '../opening-hours/order-opening-exception.use-case';
import { PlanningStore } from './planning.ports';
import { ProposalAlreadyDecided, ProposalNotFound } from './planning-errors';

/**
 * A supervisor accepts a proposal of extended hours, which orders them as the opening-hours API
 * does (the same use case: the same checks, and every app's calendar has them within its refresh
 * interval), or dismisses it. Idempotent: accepting an accepted proposal (or dismissing a
 * dismissed one) answers it as it is and orders nothing; deciding it the other way is a conflict.
 */
@Injectable()
export class DecideProposal {
  private readonly log = new Logger(DecideProposal.name);

  constructor(
    private readonly store: PlanningStore,
    private readonly order: OrderOpeningException,
  ) {}

  async accept(id: string, actor: string): Promise<ProposalRecord> {
    const decision = await this.decided(id, 'accepted', actor);
    if (decision.outcome === 'already') return decision.proposal;
    const p = decision.proposal;
    try {
      const exception = await this.order.execute(
        { kind: 'extended', date: p.date, opens: p.opens, closes: p.closes, reason: `extended hours proposed by the planner: ${p.reason}` },
        actor,
      );
      this.log.log({ id, date: p.date, exceptionId: exception.id, actor }, 'extended-hours proposal accepted');
      return await this.store.attachOpeningException(id, exception.id);
    } catch (error) {
      // The exception could not be ordered (a date now past): the proposal stays open, the refusal is answered.
      await this.store.reopenProposal(id, actor, (error as Error).message);
      throw error;
    }
  }

  async dismiss(id: string, actor: string): Promise<ProposalRecord> {
    const decision = await this.decided(id, 'dismissed', actor);
    if (decision.outcome === 'decided') this.log.log({ id, date: decision.proposal.date, actor }, 'extended-hours proposal dismissed');
    return decision.proposal;
  }

  private async decided(id: string, status: 'accepted' | 'dismissed', actor: string) {
    const decision = await this.store.decideProposal(id, status, actor);
    if (!decision) throw new ProposalNotFound(id);
    if (decision.outcome === 'conflict') throw new ProposalAlreadyDecided(id, decision.proposal.status);
    return decision;
  }
}
