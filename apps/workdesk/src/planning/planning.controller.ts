import { Body, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { AuthenticatedUser, CurrentUser, Endpoint, Supervisors } from '@inquiry-router/access';
import { ApiController } from '@inquiry-router/runtime';
import { DecideProposal } from './decide-proposal.use-case';
import { KeepRoster } from './keep-roster.use-case';
import { KeepPlanningSettings } from './planning-settings.use-case';
import { PlanningDayQuery, PlanningSettingsRequest, PlanningSpanQuery, RosterShiftRequest } from './planning.requests';
import {
  ExtendedHoursProposal,
  PlanningForecastInterval,
  PlanningOverview,
  PlanningSettingsView,
  PlanningSimulation,
  PlanningStaffingInterval,
  RosterShift,
  toProposalView,
  toRosterShiftView,
  toSettingsView,
} from './planning.views';
import { ReadPlanning } from './read-planning.use-case';

const BadSpan = 'a malformed date, to before from, more than 62 days, or from more than a year ahead';
const NoHistory = 'less than two weeks of contact history before today: nothing to learn a forecast from';

/** Workforce planning for supervisors: forecast, staffing, roster, extended-hours proposals. */
@ApiController('planning', 'planning')
export class PlanningController {
  constructor(
    private readonly read: ReadPlanning,
    private readonly roster: KeepRoster,
    private readonly decide: DecideProposal,
    private readonly settings: KeepPlanningSettings,
  ) {}

  @Endpoint('GET', 'overview', Supervisors, {
    summary:
      'the span from `from` to `to` (default: two weeks from today): the forecast per channel and half-hour with its explanation and what came, ' +
      'the advisers needed and rostered per half-hour, the deadlines, and the extended-hours proposals (brought up to date as it is read)',
    ok: { type: PlanningOverview },
    badRequest: BadSpan,
    conflict: NoHistory,
  })
  overview(@Query() query: PlanningSpanQuery, @CurrentUser() user: AuthenticatedUser): Promise<PlanningOverview> {
    return this.read.overview(query, user.username);
  }

  @Endpoint('GET', 'forecast', Supervisors, {
    summary: 'the forecast alone: per channel and half-hour, explained (as in the overview)',
    ok: { type: [PlanningForecastInterval] },
    badRequest: BadSpan,
    conflict: NoHistory,
  })
  forecast(@Query() query: PlanningSpanQuery): Promise<PlanningForecastInterval[]> {
    return this.read.forecast(query);
  }

  @Endpoint('GET', 'requirements', Supervisors, {
    summary:
      'the advisers needed per half-hour (phone by Erlang C, written work by the backlog model), with shrinkage, rostered and the gap',
    ok: { type: [PlanningStaffingInterval] },
    badRequest: BadSpan,
    conflict: NoHistory,
  })
  requirements(@Query() query: PlanningSpanQuery): Promise<PlanningStaffingInterval[]> {
    return this.read.requirements(query);
  }

  @Endpoint('GET', 'simulation', Supervisors, {
    summary: 'the day simulated contact by contact with the forecast, the measured handle times and the rostered advisers, beside Erlang C',
    ok: { type: PlanningSimulation },
    badRequest: 'date is missing or not a date',
    conflict: NoHistory,
  })
  simulation(@Query() query: PlanningDayQuery): Promise<PlanningSimulation> {
    return this.read.simulation(query.date);
  }

  @Endpoint('GET', 'settings', Supervisors, {
    summary: 'the shrinkage allowance and the most advisers that can be rostered',
    ok: { type: PlanningSettingsView },
  })
  async readSettings(): Promise<PlanningSettingsView> {
    return toSettingsView(await this.settings.read());
  }

  @Endpoint('PUT', 'settings', Supervisors, {
    summary: 'changes the settings (maxAdvisers left out stays as it is); audited',
    ok: { type: PlanningSettingsView },
    badRequest: 'shrinkage not in [0, 0.9), maxAdvisers not a whole number ≥ 1',
  })
  async changeSettings(@Body() body: PlanningSettingsRequest, @CurrentUser() user: AuthenticatedUser): Promise<PlanningSettingsView> {
    return toSettingsView(await this.settings.change(body, user.username));
  }

  @Endpoint('GET', 'roster', Supervisors, {
    summary: 'the planned shifts from `from` to `to` (default: two weeks from today), by date and start',
    ok: { type: [RosterShift] },
    badRequest: BadSpan,
  })
  async listRoster(@Query() query: PlanningSpanQuery): Promise<RosterShift[]> {
    return (await this.roster.list(query)).map(toRosterShiftView);
  }

  @Endpoint('POST', 'roster', Supervisors, {
    summary: 'plans a shift; audited as created',
    created: { type: RosterShift },
    badRequest: 'a malformed date or time, from not before to, an unknown channel',
    notFound: 'no such adviser on the adviser register',
  })
  async addShift(@Body() body: RosterShiftRequest, @CurrentUser() user: AuthenticatedUser): Promise<RosterShift> {
    return toRosterShiftView(await this.roster.add(body, user.username));
  }

  @Endpoint('PUT', 'roster/:id', Supervisors, {
    summary: 'replaces a shift; audited with before and after',
    ok: { type: RosterShift },
    badRequest: 'the id is not a UUID, a malformed date or time, from not before to',
    notFound: 'no such shift, or no such adviser',
  })
  async changeShift(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: RosterShiftRequest,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RosterShift> {
    return toRosterShiftView(await this.roster.change(id, body, user.username));
  }

  @Endpoint('DELETE', 'roster/:id', Supervisors, {
    summary: 'removes a shift; audited with what it was',
    ok: { type: RosterShift, description: 'the shift removed' },
    badRequest: 'the id is not a UUID',
    notFound: 'no such shift',
  })
  async removeShift(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthenticatedUser): Promise<RosterShift> {
    return toRosterShiftView(await this.roster.remove(id, user.username));
  }

  @Endpoint('GET', 'proposals', Supervisors, {
    summary: 'the extended-hours proposals (all, or those from `from` to `to`), by date; the overview brings them up to date',
    ok: { type: [ExtendedHoursProposal] },
    badRequest: BadSpan,
  })
  proposals(@Query() query: PlanningSpanQuery): Promise<ExtendedHoursProposal[]> {
    return this.read.proposals(query);
  }

  @Endpoint('POST', 'proposals/:id/accept', Supervisors, {
    summary:
      'accepts it: orders the extended hours as POST /api/opening-hours/exceptions does (every app obeys them), audited; ' +
      'accepting an accepted proposal answers it as it is',
    ok: { type: ExtendedHoursProposal },
    badRequest: 'the id is not a UUID, or the date is now in the past',
    notFound: 'no such proposal',
    conflict: 'the proposal was dismissed',
  })
  async accept(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthenticatedUser): Promise<ExtendedHoursProposal> {
    return toProposalView(await this.decide.accept(id, user.username));
  }

  @Endpoint('POST', 'proposals/:id/dismiss', Supervisors, {
    summary: 'dismisses it (the overview proposes that date no more), audited; dismissing a dismissed proposal answers it as it is',
    ok: { type: ExtendedHoursProposal },
    badRequest: 'the id is not a UUID',
    notFound: 'no such proposal',
    conflict: 'the proposal was accepted',
  })
  async dismiss(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthenticatedUser): Promise<ExtendedHoursProposal> {
    return toProposalView(await this.decide.dismiss(id, user.username));
  }
}
