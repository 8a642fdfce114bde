import { Injectable, Logger } from '@nestjs/common';
import { DateTime } from 'luxon';
import { type Competence } from '@inquiry-router/adviser-training';
import { Channels } from '@inquiry-router/contracts';
import type { RosterShiftFields, RosterShiftRecord } from '@inquiry-router/persistence';
import { PlanningStore, RosterCompetences } from './planning.ports';
import { AdviserNotFound, InvalidPlanningRequest, RosterShiftNotFound } from './planning-errors';
import type { RosterShiftRequest } from './planning.requests';
import { PlanSpan } from './plan-span.use-case';

/** A shift with its adviser's competence levels as the competences register has them now. */
export type RosteredShift = RosterShiftRecord & { competences: Competence[] };

/**
 * Supervisors keep the roster: each adviser's planned shifts, shown with the adviser's competence
 * levels; every change audited with before and after.
 */
@Injectable()
export class KeepRoster {
  private readonly log = new Logger(KeepRoster.name);

  constructor(
    private readonly store: PlanningStore,
    private readonly planner: PlanSpan,
    private readonly competences: RosterCompetences,
  ) {}

  async list(query: { from?: string; to?: string }): Promise<RosteredShift[]> {
    const [shifts, register] = await Promise.all([this.store.shifts(this.planner.span(query)), this.competences.register()]);
    const byAdviser = new Map(register.map((a) => [a.adviser, a.competences]));
    return shifts.map((s) => ({ ...s, competences: byAdviser.get(s.adviser) ?? [] }));
  }

  async add(request: RosterShiftRequest, actor: string): Promise<RosteredShift> {
    const added = await this.store.addShift(await this.checked(request), actor);
    this.log.log({ id: added.id, date: added.date, actor }, 'roster shift added');
    return this.withCompetences(added);
  }

  async change(id: string, request: RosterShiftRequest, actor: string): Promise<RosteredShift> {
    const fields = await this.checked(request);
    const changed = await this.store.changeShift(id, fields, actor);
    if (!changed) throw new RosterShiftNotFound(id);
    this.log.log({ id, date: changed.date, actor }, 'roster shift changed');
    return this.withCompetences(changed);
  }

  async remove(id: string, actor: string): Promise<RosteredShift> {
    const removed = await this.store.removeShift(id, actor);
    if (!removed) throw new RosterShiftNotFound(id);
    this.log.log({ id, date: removed.date, actor }, 'roster shift removed');
    return this.withCompetences(removed);
  }

  private async withCompetences(shift: RosterShiftRecord): Promise<RosteredShift> {
    const [adviser] = await this.competences.register(shift.adviser);
    return { ...shift, competences: adviser?.competences ?? [] };
  }

  /** A real date, from before to, an adviser on the register. */
  private async checked(request: RosterShiftRequest): Promise<RosterShiftFields> {
    if (!DateTime.fromISO(request.date).isValid) throw new InvalidPlanningRequest(`date ${request.date} is not a date`);
    if (request.from >= request.to) throw new InvalidPlanningRequest(`from (${request.from}) must be before to (${request.to})`);
    if (!(await this.store.adviserExists(request.adviserId))) throw new AdviserNotFound(request.adviserId);
    return {
      adviser: request.adviserId,
      date: request.date,
      starts: request.from,
      ends: request.to,
      queues: request.queues ?? [],
      channels: request.channels ?? [...Channels],
      languages: request.languages ?? [],
    };
  }
}
