import { Injectable } from '@nestjs/common';
import {
  classifyInquiry,
  parseRoutingPolicy,
  PolicyChange,
  PolicySimulation,
  problemsIntroduced,
  RoutingPolicy,
} from '@inquiry-router/classification';
import type { InquiryCursor } from '@inquiry-router/persistence';
import { Clock } from '@inquiry-router/runtime';
import { PolicyStore } from '../classifier.ports';
import { draftFromChange } from './draft-from-change';
import { PolicyNotFound, SimulationBusy } from './policy-errors';
import { SimulationView } from './policy.views';
import { ActiveModel } from '../active-model';

/** The most inquiries one simulation replays (the most recent first): about 4 s of CPU at the classifier's speed. */
export const MaxSimulatedInquiries = 20_000;
/** Inquiries classified between two yields to the event loop, so Kafka consumption keeps its heartbeats. */
const PageSize = 500;

export interface SimulationCommand {
  draftId?: string;
  change?: PolicyChange;
  days: number;
  examplesPerTransition: number;
}

/**
 * What-if before publishing: replays recent recorded inquiries under the active policy and under a
 * draft (stored, or a change given inline and not stored) and reports the decisions that would
 * change. Reads only; nothing in production changes.
 */
@Injectable()
export class SimulatePolicyDraft {
  private running = false;

  constructor(
    private readonly policies: PolicyStore,
    private readonly model: ActiveModel,
    private readonly clock: Clock,
  ) {}

  async execute(command: SimulationCommand): Promise<SimulationView> {
    // One at a time per instance: a simulation shares the CPU with live classification.
    if (this.running) throw new SimulationBusy('a simulation is already running in this classifier; try again shortly');
    this.running = true;
    try {
      return await this.run(command);
    } finally {
      this.running = false;
    }
  }

  private async run(command: SimulationCommand): Promise<SimulationView> {
    const { draftId, baseVersion, draft } = await this.draftToSimulate(command);
    const active = await this.policies.active();
    if (!active) throw new PolicyNotFound('no policy version is active to compare with');
    const current = parseRoutingPolicy(active.document, active.version);

    const until = this.clock.now();
    // Both sides with the model in use now, as live classification decides: a change is the draft's alone.
    const model = this.model.current();
    const simulation = new PolicySimulation(
      current,
      draft,
      (inquiry, policy) => classifyInquiry(inquiry, policy, model),
      command.examplesPerTransition,
    );
    let replayed = 0;
    let before: InquiryCursor | undefined;
    let truncated = false;
    while (replayed < MaxSimulatedInquiries) {
      const want = Math.min(PageSize, MaxSimulatedInquiries - replayed);
      // One more than wanted on the last page tells whether the period held more than the limit.
      const last = replayed + want === MaxSimulatedInquiries;
      const page = await this.policies.recentInquiries(command.days, last ? want + 1 : want, { before, asOf: until });
      if (last && page.length > want) {
        truncated = true;
        page.length = want;
      }
      simulation.add(page);
      replayed += page.length;
      if (page.length < want) break;
      before = { receivedAt: new Date(page[page.length - 1].receivedAt), id: page[page.length - 1].id };
      await new Promise((resolve) => setImmediate(resolve));
    }
    const result = simulation.result();
    return {
      activeVersion: active.version,
      draftId,
      baseVersion,
      staleDraft: baseVersion !== active.version,
      days: command.days,
      since: new Date(until.getTime() - command.days * 86_400_000).toISOString(),
      until: until.toISOString(),
      limit: MaxSimulatedInquiries,
      truncated,
      ...result,
      inheritedProblems: problemsIntroduced(current, draft).inherited,
      note:
        `Each inquiry received in the period (at most ${MaxSimulatedInquiries}, the most recent first) was classified under ` +
        `the active version ${active.version} and under the draft, by the same classifier, so every change counted is due to the draft. ` +
        'Nothing was changed.',
    };
  }

  private async draftToSimulate(
    command: SimulationCommand,
  ): Promise<{ draftId: string | null; baseVersion: string; draft: RoutingPolicy }> {
    if (command.draftId) {
      const stored = await this.policies.draft(command.draftId);
      if (!stored) throw new PolicyNotFound(`no policy draft ${command.draftId}`);
      return { draftId: stored.id, baseVersion: stored.baseVersion, draft: parseRoutingPolicy(stored.document) };
    }
    const { base, document } = await draftFromChange(this.policies, command.change!, 'draft-unsaved');
    return { draftId: null, baseVersion: base.version, draft: document };
  }
}
