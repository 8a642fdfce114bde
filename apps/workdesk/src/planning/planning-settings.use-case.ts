import { Injectable, Logger } from '@nestjs/common';
import type { PlanningSettings } from '@inquiry-router/persistence';
import { PlanningStore } from './planning.ports';
import type { PlanningSettingsRequest } from './planning.requests';

/** The planning settings (shrinkage, the most advisers that can be rostered), read and changed by supervisors; changes audited. */
@Injectable()
export class KeepPlanningSettings {
  private readonly log = new Logger(KeepPlanningSettings.name);

  constructor(private readonly store: PlanningStore) {}

  read(): Promise<PlanningSettings> {
    return this.store.settings();
  }

  async change(request: PlanningSettingsRequest, actor: string): Promise<PlanningSettings> {
    const current = await this.store.settings();
    const next = {
      shrinkage: request.shrinkage,
      maxAdvisers: request.maxAdvisers === undefined ? current.maxAdvisers : request.maxAdvisers,
    };
    const saved = await this.store.saveSettings(next, actor);
    this.log.log({ ...saved, actor }, 'planning settings changed');
    return saved;
  }
}
