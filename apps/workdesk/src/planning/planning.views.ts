import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { shiftStaffing } from '@inquiry-router/adviser-training';
import {
  Channels,
  CompetenceAreaKinds,
  CompetenceLevels,
  type Channel,
  type CompetenceAreaKind,
  type CompetenceLevel,
  type ExtendedHoursProposalView,
  type PlanningDeadlineCauseView,
  type PlanningDeadlineMarkView,
  type PlanningForecastIntervalView,
  type PlanningOverviewView,
  type PlanningSimulationView,
  type PlanningStaffingIntervalView,
  type RosterCompetenceView,
  type RosterShiftView,
} from '@inquiry-router/contracts';
import type { PlanningSettings, ProposalRecord } from '@inquiry-router/persistence';
import type { RosteredShift } from './keep-roster.use-case';
import type { SpanPlan } from './plan-span.use-case';

// The classes document the answers in OpenAPI; each implements the contract the console reads.

export class PlanningDeadlineCause implements PlanningDeadlineCauseView {
  @ApiProperty() deadlineId: string;
  @ApiProperty({ example: 'a-melding' }) name: string;
  @ApiProperty({ example: 'skd' }) agency: string;
  @ApiProperty({ example: '2025-02-05' }) date: string;
  @ApiProperty({ example: -1, description: 'working days from the deadline' }) offset: number;
  @ApiProperty({ example: 1.4 }) factor: number;
}

class SeasonalFactors {
  @ApiProperty() weekly: number;
  @ApiProperty() daily: number;
  @ApiProperty() yearly: number;
}

class DeadlineFactor {
  @ApiProperty({ description: 'the product of the causes’ factors' }) factor: number;
  @ApiProperty({ type: [PlanningDeadlineCause] }) causes: PlanningDeadlineCause[];
}

export class PlanningForecastInterval implements PlanningForecastIntervalView {
  @ApiProperty({ enum: Channels }) channel: Channel;
  @ApiProperty({ example: '2025-02-04T07:00:00.000Z' }) start: string;
  @ApiProperty({ example: '2025-02-04' }) date: string;
  @ApiProperty({ example: '08:00' }) time: string;
  @ApiProperty({ description: 'contacts to handle in the half-hour (0 when closed)' }) forecast: number;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'contacts that came (null: not yet)' }) actual: number | null;
  @ApiProperty({ description: 'contacts per half-hour on an average day' }) base: number;
  @ApiProperty({ type: SeasonalFactors }) seasonal: SeasonalFactors;
  @ApiProperty({ type: DeadlineFactor }) deadline: DeadlineFactor;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'outside opening hours' }) closed: string | null;
}

class NeededPerChannel {
  @ApiProperty() phone: number;
  @ApiProperty() email: number;
  @ApiProperty() social: number;
}

class PhoneFigures {
  @ApiProperty() calls: number;
  @ApiProperty({ description: 'fraction answered within target' }) serviceLevel: number;
  @ApiProperty({ description: 'average speed of answer, seconds' }) asa: number;
  @ApiProperty() occupancy: number;
}

export class PlanningStaffingInterval implements PlanningStaffingIntervalView {
  @ApiProperty() start: string;
  @ApiProperty() date: string;
  @ApiProperty() time: string;
  @ApiProperty({ type: NeededPerChannel }) needed: Record<Channel, number>;
  @ApiProperty() neededTotal: number;
  @ApiProperty() neededWithShrinkage: number;
  @ApiProperty({ example: 4.5, description: 'advisers rostered as qualified staff: a trainee counts for 0.5 (TraineeStaffFactor)' })
  planned: number;
  @ApiProperty({ example: 5, description: 'advisers on shift, heads' }) rostered: number;
  @ApiProperty({ example: 1, description: 'of them in training in the shift’s areas' }) trainees: number;
  @ApiProperty({ example: 1, description: 'of them mentors in the shift’s areas' }) mentors: number;
  @ApiProperty({ description: 'neededWithShrinkage − planned: above 0 the half-hour is short' }) gap: number;
  @ApiPropertyOptional({ nullable: true, type: PhoneFigures }) phone: PhoneFigures | null;
}

class ProposalDeadline {
  @ApiProperty() deadlineId: string;
  @ApiProperty() name: string;
  @ApiProperty() date: string;
}

export class ExtendedHoursProposal implements ExtendedHoursProposalView {
  @ApiProperty() id: string;
  @ApiProperty({ example: '2025-04-30' }) date: string;
  @ApiProperty({ example: '15:30' }) opens: string;
  @ApiProperty({ example: '18:00' }) closes: string;
  @ApiProperty() reason: string;
  @ApiPropertyOptional({ nullable: true, type: ProposalDeadline }) deadline: ProposalDeadline | null;
  @ApiProperty() contactsBeyondNormalHours: number;
  @ApiProperty({ enum: ['proposed', 'accepted', 'dismissed'] }) status: 'proposed' | 'accepted' | 'dismissed';
  @ApiPropertyOptional({ nullable: true, type: String, description: 'the opening exception ordered when it was accepted' })
  openingExceptionId?: string | null;
}

export class PlanningDeadlineMark implements PlanningDeadlineMarkView {
  @ApiProperty() deadlineId: string;
  @ApiProperty() name: string;
  @ApiProperty() agency: string;
  @ApiProperty() date: string;
}

class HistorySpan {
  @ApiPropertyOptional({ nullable: true, type: String }) from: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) to: string | null;
  @ApiProperty({ description: 'some of it was written by `npm run history:generate`' }) generated: boolean;
}

export class PlanningOverview implements PlanningOverviewView {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: HistorySpan }) history: HistorySpan;
  @ApiProperty() shrinkage: number;
  @ApiProperty({ type: [PlanningForecastInterval] }) forecast: PlanningForecastInterval[];
  @ApiProperty({ type: [PlanningStaffingInterval] }) staffing: PlanningStaffingInterval[];
  @ApiProperty({ type: [PlanningDeadlineMark] }) deadlines: PlanningDeadlineMark[];
  @ApiProperty({ type: [ExtendedHoursProposal] }) proposals: ExtendedHoursProposal[];
}

class ChannelSimulation {
  @ApiProperty() offered: number;
  @ApiPropertyOptional({ nullable: true, type: Number }) serviceLevel: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) asa: number | null;
  @ApiProperty() abandoned: number;
}

class SimulatedChannels {
  @ApiProperty({ type: ChannelSimulation }) phone: ChannelSimulation;
  @ApiProperty({ type: ChannelSimulation }) email: ChannelSimulation;
  @ApiProperty({ type: ChannelSimulation }) social: ChannelSimulation;
}

export class PlanningSimulation implements PlanningSimulationView {
  @ApiProperty() date: string;
  @ApiProperty({ type: SimulatedChannels }) simulated: SimulatedChannels;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'Erlang C’s service level for the calls with the advisers it asks for',
  })
  erlangServiceLevel: number | null;
}

export class RosterCompetence implements RosterCompetenceView {
  @ApiProperty({ enum: CompetenceAreaKinds }) areaKind: CompetenceAreaKind;
  @ApiProperty({ example: 'login' }) area: string;
  @ApiProperty({ enum: CompetenceLevels }) level: CompetenceLevel;
}

export class RosterShift implements RosterShiftView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'adviser' }) adviserId: string;
  @ApiProperty({ example: 'adviser', description: 'the adviser’s user name (the register keeps no other name)' }) adviserName: string;
  @ApiProperty({ example: '2025-02-04' }) date: string;
  @ApiProperty({ example: '08:00' }) from: string;
  @ApiProperty({ example: '15:30' }) to: string;
  @ApiProperty({ type: [String] }) queues: string[];
  @ApiProperty({ enum: Channels, isArray: true }) channels: Channel[];
  @ApiProperty({ type: [String] }) languages: string[];
  @ApiProperty({ type: [RosterCompetence], description: 'the adviser’s competence levels, from the competences register' })
  competences: RosterCompetence[];
  @ApiProperty({ example: 1, description: 'what the shift counts for in the staffing: 1 qualified, 0.5 where the adviser trains' })
  staffWeight: number;
}

export class PlanningSettingsView {
  @ApiProperty({ example: 0.3, description: 'share of paid time not spent handling contacts (breaks, training, absence)' })
  shrinkage: number;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description:
      'the most advisers that can be rostered in a half-hour (extended hours are proposed beyond it); null: everyone on the adviser register',
  })
  maxAdvisers: number | null;
}

const r4 = (n: number) => Math.round(n * 10_000) / 10_000;

export function toForecastViews(plan: SpanPlan): PlanningForecastInterval[] {
  return plan.forecast.map((i) => ({
    channel: i.channel,
    start: i.start,
    date: i.date,
    time: i.time,
    forecast: r4(i.forecast),
    actual: i.actual,
    base: r4(i.base),
    seasonal: { weekly: r4(i.seasonal.weekly), daily: r4(i.seasonal.daily), yearly: r4(i.seasonal.yearly) },
    deadline: {
      factor: r4(i.deadline.factor),
      causes: i.deadline.causes.map((c) => ({
        deadlineId: c.deadlineId,
        name: c.name,
        agency: c.agency,
        date: c.date,
        offset: c.offset,
        factor: r4(c.factor),
      })),
    },
    closed: i.closed?.reason ?? null,
  }));
}

export function toStaffingViews(plan: SpanPlan): PlanningStaffingInterval[] {
  return plan.requirements.map((r, k) => ({
    start: r.start.toISOString(),
    date: plan.slots[k].date,
    time: plan.slots[k].time,
    needed: r.needed,
    neededTotal: r.neededTotal,
    neededWithShrinkage: r.neededWithShrinkage,
    planned: r.planned,
    rostered: plan.slots[k].rostered,
    trainees: plan.slots[k].trainees,
    mentors: plan.slots[k].mentors,
    gap: r.gap,
    phone: r.phone && {
      calls: r.phone.calls,
      serviceLevel: r4(r.phone.serviceLevel),
      asa: r4(r.phone.asa),
      occupancy: r4(r.phone.occupancy),
    },
  }));
}

export function toDeadlineMarks(plan: SpanPlan): PlanningDeadlineMark[] {
  return plan.deadlines.map((d) => ({ deadlineId: d.deadlineId, name: d.name, agency: d.agency, date: d.date }));
}

export function toProposalView(p: ProposalRecord): ExtendedHoursProposal {
  return {
    id: p.id,
    date: p.date,
    opens: p.opens,
    closes: p.closes,
    reason: p.reason,
    deadline: p.deadline,
    contactsBeyondNormalHours: p.contactsBeyondNormalHours,
    status: p.status,
    openingExceptionId: p.openingExceptionId,
  };
}

export function toRosterShiftView(s: RosteredShift): RosterShift {
  return {
    id: s.id,
    adviserId: s.adviser,
    adviserName: s.adviser,
    date: s.date,
    from: s.starts,
    to: s.ends,
    queues: s.queues,
    channels: s.channels,
    languages: s.languages,
    competences: s.competences.map((c) => ({ areaKind: c.areaKind, area: c.area, level: c.level })),
    staffWeight: shiftStaffing(s.competences, s.queues).weight,
  };
}

export function toSettingsView(s: PlanningSettings): PlanningSettingsView {
  return { shrinkage: s.shrinkage, maxAdvisers: s.maxAdvisers };
}
