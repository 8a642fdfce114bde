import { Injectable, Logger } from '@nestjs/common';
import type { FilingDeadlineFields, FilingDeadlineRecord } from '@inquiry-router/persistence';
import { RoutingPolicySource } from '@inquiry-router/routing-policy-source';
import { FilingDeadlineStore } from './planning.ports';
import { DuplicateFilingDeadline, FilingDeadlineNotFound, InvalidFilingDeadline } from './filing-deadline-errors';
import { checkedAgency, checkedChannels, checkedRule } from './filing-deadline-checks';
import type { UpdateFilingDeadlineRequest } from './filing-deadlines.requests';

/**
 * A supervisor changes a deadline (the fields given; the rest stay) or deactivates it (kept, with
 * its history, but no longer in the calendar). Each change that changes something is audited with
 * the fields before and after; deactivating an inactive deadline changes nothing.
 */
@Injectable()
export class ChangeFilingDeadline {
  private readonly log = new Logger(ChangeFilingDeadline.name);

  constructor(
    private readonly store: FilingDeadlineStore,
    private readonly policy: RoutingPolicySource,
  ) {}

  async update(id: string, request: UpdateFilingDeadlineRequest, actor: string): Promise<FilingDeadlineRecord> {
    const patch: Partial<FilingDeadlineFields> = {};
    if (request.agency !== undefined) patch.agency = checkedAgency(request.agency, this.policy);
    if (request.name !== undefined) patch.name = request.name.trim();
    if (request.rule !== undefined) patch.rule = checkedRule(request.rule);
    if (request.channels !== undefined) patch.channels = checkedChannels(request.channels);
    if (request.active !== undefined) patch.active = request.active;
    if (request.notes !== undefined) patch.notes = request.notes?.trim() || null;
    if (Object.keys(patch).length === 0)
      throw new InvalidFilingDeadline('give at least one of agency, name, rule, channels, active, notes');
    return this.apply(id, patch, request.active === false ? 'deactivated' : 'updated', actor);
  }

  deactivate(id: string, actor: string): Promise<FilingDeadlineRecord> {
    return this.apply(id, { active: false }, 'deactivated', actor);
  }

  private async apply(
    id: string,
    patch: Partial<FilingDeadlineFields>,
    action: 'updated' | 'deactivated',
    actor: string,
  ): Promise<FilingDeadlineRecord> {
    const change = await this.store.update(id, patch, action, actor);
    if (change.outcome === 'not-found') throw new FilingDeadlineNotFound(id);
    if (change.outcome === 'duplicate') throw new DuplicateFilingDeadline(change.agency, change.name);
    if (change.outcome === 'changed') this.log.log({ id, action, fields: Object.keys(patch), actor }, 'filing deadline changed');
    return change.after;
  }
}
