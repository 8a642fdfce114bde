import { Injectable } from '@nestjs/common';
import type { CaseStatus } from '@inquiry-router/contracts';
import { holdsAny, type AuthenticatedUser } from '@inquiry-router/access';
import { CaseEntity } from '@inquiry-router/persistence';
import { CaseStore } from './cases.ports';
import { AnnounceCaseChange } from './announce-case-change';
import { transitionRefusal } from './case-lifecycle';
import { CaseNotFound, CaseTransitionRefused } from './case-errors';

/**
 * A person moves a case to another status. The change, its history row and its events (status
 * changed, the reporter's notice) happen together or not at all. An adviser who takes up a case
 * nobody owns becomes its owner.
 */
@Injectable()
export class ChangeCaseStatus {
  constructor(
    private readonly cases: CaseStore,
    private readonly announce: AnnounceCaseChange,
  ) {}

  async execute(id: string, change: { status: CaseStatus; note?: string }, user: AuthenticatedUser): Promise<CaseEntity> {
    const record = await this.cases.find(id);
    if (!record) throw new CaseNotFound(id);
    return this.cases.transaction(async (tx) => {
      const current = await tx.lockCase(id);
      if (!current) throw new CaseNotFound(id);
      const refusal = transitionRefusal(current.status, change.status);
      if (refusal) throw new CaseTransitionRefused(id, refusal);
      const takesOwnership = current.owner === null && holdsAny(user, ['adviser']);
      const updated = await tx.updateCase(id, { status: change.status, ...(takesOwnership && { owner: user.username }) });
      await this.announce.execute(tx, {
        case: updated,
        channel: record.channel,
        from: current.status,
        actor: user.username,
        note: change.note,
      });
      return updated;
    });
  }
}
