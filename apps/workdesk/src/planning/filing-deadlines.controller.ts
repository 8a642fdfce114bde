import { Body, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { AuthenticatedUser, CurrentUser, Endpoint, Supervisors } from '@inquiry-router/access';
import { ApiController } from '@inquiry-router/runtime';
import { ChangeFilingDeadline } from './change-filing-deadline.use-case';
import { CreateFilingDeadline } from './create-filing-deadline.use-case';
import {
  CreateFilingDeadlineRequest,
  DeadlineAuditQuery,
  DeadlineRangeQuery,
  UpdateFilingDeadlineRequest,
} from './filing-deadlines.requests';
import { FilingDeadlineAuditEntryView, FilingDeadlineListView, FilingDeadlineView } from './filing-deadlines.views';
import { ReadFilingDeadlines } from './read-filing-deadlines.use-case';

const InvalidDeadline =
  'malformed or unusable: a rule the calendar cannot use (the reason says why, e.g. "February has no day 30; use \\"last\\""), an unknown channel, an agency not in the policy in force';

/** The filing-deadline calendar that staffing is planned around: supervisors keep it, every change audited. */
@ApiController('planning', 'planning/deadlines')
export class FilingDeadlinesController {
  constructor(
    private readonly read: ReadFilingDeadlines,
    private readonly create: CreateFilingDeadline,
    private readonly change: ChangeFilingDeadline,
  ) {}

  @Endpoint('GET', '', Supervisors, {
    summary: 'the deadlines, each with when it falls from `from` to `to` (default: the next 90 days), and all those occurrences by date',
    ok: { type: FilingDeadlineListView },
    badRequest: 'a malformed date, to before from, or more than 731 days',
  })
  list(@Query() query: DeadlineRangeQuery): Promise<FilingDeadlineListView> {
    return this.read.list(query);
  }

  @Endpoint('GET', 'audit', Supervisors, {
    summary: 'every change to the calendar, newest first: who, when, created/updated/deactivated, the fields before and after',
    ok: { type: [FilingDeadlineAuditEntryView] },
    badRequest: 'deadline is not a UUID, or limit out of range',
  })
  audit(@Query() query: DeadlineAuditQuery): Promise<FilingDeadlineAuditEntryView[]> {
    return this.read.audit(query);
  }

  @Endpoint('POST', '', Supervisors, {
    summary: 'adds a deadline (active), audited as created; answers it with when it falls in the next 90 days',
    created: { type: FilingDeadlineView },
    badRequest: InvalidDeadline,
    conflict: 'the agency already has a deadline of that name',
  })
  async add(@Body() body: CreateFilingDeadlineRequest, @CurrentUser() user: AuthenticatedUser): Promise<FilingDeadlineView> {
    return this.read.view(await this.create.execute(body, user.username));
  }

  @Endpoint('GET', ':id', Supervisors, {
    summary: 'one deadline, with when it falls from `from` to `to`',
    ok: { type: FilingDeadlineView },
    badRequest: 'the id is not a UUID, or a malformed range',
    notFound: 'no such deadline',
  })
  one(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: DeadlineRangeQuery): Promise<FilingDeadlineView> {
    return this.read.one(id, query);
  }

  @Endpoint('PUT', ':id', Supervisors, {
    summary: 'changes the fields given (the rest stay); audited with the fields before and after (`active: false` as deactivated)',
    ok: { type: FilingDeadlineView },
    badRequest: InvalidDeadline,
    notFound: 'no such deadline',
    conflict: 'the agency already has a deadline of that name',
  })
  async update(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateFilingDeadlineRequest,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<FilingDeadlineView> {
    return this.read.view(await this.change.update(id, body, user.username));
  }

  @Endpoint('POST', ':id/deactivate', Supervisors, {
    summary: 'takes the deadline out of the calendar (kept, with its audit trail; `PUT` with `active: true` brings it back)',
    ok: { type: FilingDeadlineView },
    badRequest: 'the id is not a UUID',
    notFound: 'no such deadline',
  })
  async deactivate(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthenticatedUser): Promise<FilingDeadlineView> {
    return this.read.view(await this.change.deactivate(id, user.username));
  }
}
