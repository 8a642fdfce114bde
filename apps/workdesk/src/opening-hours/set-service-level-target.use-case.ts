import { Injectable, Logger } from '@nestjs/common';
import { InvalidCalendarError, parseServiceLevelRules } from '@inquiry-router/opening-hours';
import type { ServiceLevelTargetRow } from '@inquiry-router/persistence';
import { ServiceLevelTargets } from '../workdesk.ports';
import { InvalidOpeningOrder } from './opening-hours-errors';
import { SetServiceLevelTargetRequest } from './opening-hours.requests';

/**
 * A supervisor sets a service-level target: within what time, and what share must meet it. Every
 * app's calendar (due times, acknowledgements) has it within its refresh interval.
 */
@Injectable()
export class SetServiceLevelTarget {
  private readonly log = new Logger(SetServiceLevelTarget.name);

  constructor(private readonly targets: ServiceLevelTargets) {}

  list(): Promise<ServiceLevelTargetRow[]> {
    return this.targets.serviceLevelTargets();
  }

  async execute(request: SetServiceLevelTargetRequest, setBy: string): Promise<ServiceLevelTargetRow> {
    const saved = await this.targets.saveServiceLevelTarget(checked(request));
    this.log.log({ ...saved, setBy }, 'service-level target set');
    return saved;
  }
}

/** The domain's own check (the same the apps apply when they read the table), as a 400. */
function checked(request: SetServiceLevelTargetRequest): ServiceLevelTargetRow {
  try {
    const [rule] = parseServiceLevelRules([request]);
    return rule;
  } catch (error) {
    if (error instanceof InvalidCalendarError) throw new InvalidOpeningOrder(error.message.replace(/^service-level rule 0: /, ''));
    throw error;
  }
}
