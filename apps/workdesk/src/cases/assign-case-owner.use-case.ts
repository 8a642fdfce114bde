import { Injectable } from '@nestjs/common';
import { Advisers, holdsAny, type AuthenticatedUser } from '@inquiry-router/access';
import { CaseEntity } from '@inquiry-router/persistence';
import { CaseStore } from './cases.ports';
import { UserDirectory } from '../workdesk.ports';
import { CaseNotFound, UnknownCaseOwner } from './case-errors';

/**
 * Gives a case to an adviser or supervisor (or to nobody, with null). Counts as an update: the
 * owner's reminder starts over. Recorded in the history of the case's inquiry.
 */
@Injectable()
export class AssignCaseOwner {
  constructor(
    private readonly cases: CaseStore,
    private readonly users: UserDirectory,
  ) {}

  async execute(id: string, owner: string | null, user: AuthenticatedUser): Promise<CaseEntity> {
    if (owner !== null) {
      const account = await this.users.findByUsername(owner);
      if (!account || !holdsAny(account, Advisers)) throw new UnknownCaseOwner(owner);
    }
    return this.cases.transaction(async (tx) => {
      const current = await tx.lockCase(id);
      if (!current) throw new CaseNotFound(id);
      if (current.owner === owner) return current;
      const updated = await tx.updateCase(id, { owner });
      await tx.addHistory(current.inquiryId, 'case-owner-changed', user.username, { caseId: id, from: current.owner, to: owner });
      return updated;
    });
  }
}
