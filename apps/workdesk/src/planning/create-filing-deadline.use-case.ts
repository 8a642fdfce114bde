import { Injectable, Logger } from '@nestjs/common';
import { RoutingPolicySource } from '@inquiry-router/routing-policy-source';
import type { FilingDeadlineRecord } from '@inquiry-router/persistence';
import { FilingDeadlineStore } from './planning.ports';
import { DuplicateFilingDeadline } from './filing-deadline-errors';
import { checkedAgency, checkedChannels, checkedRule } from './filing-deadline-checks';
import type { CreateFilingDeadlineRequest } from './filing-deadlines.requests';

/** A supervisor adds a deadline to the calendar; it is audited as `created`. */
@Injectable()
export class CreateFilingDeadline {
  private readonly log = new Logger(CreateFilingDeadline.name);

  constructor(
    private readonly store: FilingDeadlineStore,
    private readonly policy: RoutingPolicySource,
  ) {}

  async execute(request: CreateFilingDeadlineRequest, actor: string): Promise<FilingDeadlineRecord> {
    const name = request.name.trim();
    const created = await this.store.create(
      {
        agency: checkedAgency(request.agency, this.policy),
        name,
        rule: checkedRule(request.rule),
        channels: checkedChannels(request.channels),
        active: true,
        notes: request.notes?.trim() || null,
      },
      actor,
    );
    if (created === 'duplicate') throw new DuplicateFilingDeadline(request.agency, name);
    this.log.log({ id: created.id, agency: created.agency, name: created.name, actor }, 'filing deadline created');
    return created;
  }
}
