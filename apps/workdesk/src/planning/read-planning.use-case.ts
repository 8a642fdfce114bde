import { Injectable } from '@nestjs/common';
import { Channels } from '@inquiry-router/contracts';
import { dayOf } from '@inquiry-router/forecasting';
import { simulateDay } from '@inquiry-router/staffing';
import { PlanSpan, type SpanPlan } from './plan-span.use-case';
import { PlanningStore } from './planning.ports';
import {
  ExtendedHoursProposal,
  PlanningForecastInterval,
  PlanningOverview,
  PlanningSimulation,
  PlanningStaffingInterval,
  toDeadlineMarks,
  toForecastViews,
  toProposalView,
  toStaffingViews,
} from './planning.views';

/** Callers give up after this long on average (exponential): the simulation's assumption where no patience is measured. */
const callerPatienceSeconds = 180;

/**
 * What the planner page reads: the overview of a span (its extended-hours proposals brought up to
 * date as it is read, so they can be accepted), the forecast or the staffing alone, and a simulated day.
 */
@Injectable()
export class ReadPlanning {
  constructor(
    private readonly planner: PlanSpan,
    private readonly store: PlanningStore,
  ) {}

  async overview(query: { from?: string; to?: string }, actor: string): Promise<PlanningOverview> {
    const plan = await this.planner.plan(query);
    const proposals = await this.refreshedProposals(plan, actor);
    return {
      from: plan.from,
      to: plan.to,
      history: plan.history,
      shrinkage: plan.settings.shrinkage,
      forecast: toForecastViews(plan),
      staffing: toStaffingViews(plan),
      deadlines: toDeadlineMarks(plan),
      proposals,
    };
  }

  async forecast(query: { from?: string; to?: string }): Promise<PlanningForecastInterval[]> {
    return toForecastViews(await this.planner.plan(query));
  }

  async requirements(query: { from?: string; to?: string }): Promise<PlanningStaffingInterval[]> {
    return toStaffingViews(await this.planner.plan(query));
  }

  async proposals(query: { from?: string; to?: string }): Promise<ExtendedHoursProposal[]> {
    const range = query.from || query.to ? this.planner.span(query) : {};
    return (await this.store.proposals(range)).map(toProposalView);
  }

  /**
   * The day simulated contact by contact (`simulateDay`) with the forecast's arrivals in its open
   * half-hours, the measured handle times (exponential) and the rostered advisers as qualified staff, beside the
   * service level Erlang C promises for the calls when the advisers it asks for are at work.
   */
  async simulation(date: string): Promise<PlanningSimulation> {
    const plan = await this.planner.plan({ from: date, to: date });
    const open = plan.slots.map((s, k) => ({ s, r: plan.requirements[k] })).filter(({ s }) => s.open);
    const none = () => ({ offered: 0, serviceLevel: null, asa: null, abandoned: 0 });
    const simulated: PlanningSimulation['simulated'] = { phone: none(), email: none(), social: none() };
    if (open.length > 0) {
      const outcome = simulateDay({
        intervalMinutes: 30,
        forecast: open.map(({ s }) => s.contacts),
        // Whole qualified advisers: trainees' shares that make no whole adviser are left out.
        advisers: open.map(({ s }) => Math.floor(s.planned)),
        handleSeconds: Object.fromEntries(Channels.map((c) => [c, { kind: 'exponential', mean: plan.handleSeconds[c] }])),
        patienceSeconds: { kind: 'exponential', mean: callerPatienceSeconds },
        targetSeconds: Object.fromEntries(Channels.map((c) => [c, plan.targets[c].withinSeconds])),
        seed: dayOf(date),
      });
      for (const c of Channels) {
        const o = outcome.day.channels[c];
        simulated[c] = { offered: o.offered, serviceLevel: o.serviceLevel, asa: o.asa, abandoned: o.abandoned };
      }
    }
    const calls = open.reduce((n, { r }) => n + (r.phone?.calls ?? 0), 0);
    const erlangServiceLevel =
      calls > 0 ? open.reduce((t, { r }) => t + (r.phone ? r.phone.serviceLevel * r.phone.calls : 0), 0) / calls : null;
    return { date: plan.from, simulated, erlangServiceLevel };
  }

  /** Stores what the forecast proposes from today on (decided proposals stay), and answers every proposal of the span. */
  private async refreshedProposals(plan: SpanPlan, actor: string): Promise<ExtendedHoursProposal[]> {
    if (plan.to < plan.today) return (await this.store.proposals({ from: plan.from, to: plan.to })).map(toProposalView);
    const from = plan.from > plan.today ? plan.from : plan.today;
    await this.store.refreshProposals({ from, to: plan.to }, plan.proposals, actor);
    return (await this.store.proposals({ from: plan.from, to: plan.to })).map(toProposalView);
  }
}
