import { Body, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { DomainError } from '@inquiry-router/contracts';
import { AuthenticatedUser, CurrentUser, Endpoint, Supervisors, SupportStaff } from '@inquiry-router/access';
import { ApiController } from '@inquiry-router/runtime';
import { CancelOpeningException } from './cancel-opening-exception.use-case';
import { DateRangeQuery, OrderOpeningExceptionRequest, SetServiceLevelTargetRequest } from './opening-hours.requests';
import { OpeningExceptionView, OpeningHoursView, OpeningStatusView, ServiceLevelTargetView, toExceptionView } from './opening-hours.views';
import { OrderOpeningException } from './order-opening-exception.use-case';
import { ReadOpeningHours } from './read-opening-hours.use-case';
import { SetServiceLevelTarget } from './set-service-level-target.use-case';

/**
 * Opening hours: the calendar every channel follows, supervisors' orders of extended hours and
 * closures, and the service-level targets counted in it.
 */
@ApiController('opening-hours')
export class OpeningHoursController {
  constructor(
    private readonly read: ReadOpeningHours,
    private readonly order: OrderOpeningException,
    private readonly cancel: CancelOpeningException,
    private readonly targets: SetServiceLevelTarget,
  ) {}

  @Endpoint('GET', '', SupportStaff, {
    summary: 'when the support is open, date by date (Europe/Oslo): weekly hours, public holidays and ordered exceptions applied',
    ok: { type: OpeningHoursView },
    badRequest: 'a malformed date, to before from, or more than 366 days',
  })
  spans(@Query() query: DateRangeQuery): Promise<OpeningHoursView> {
    return this.read.spans(query);
  }

  @Endpoint('GET', 'status', SupportStaff, { summary: 'open now? when it closes, or when it opens next', ok: { type: OpeningStatusView } })
  status(): Promise<OpeningStatusView> {
    return this.read.status();
  }

  @Endpoint('GET', 'exceptions', SupportStaff, {
    summary: 'ordered extended hours and closures, by date (all, or those from/to the given dates)',
    ok: { type: [OpeningExceptionView] },
  })
  async exceptions(@Query() query: DateRangeQuery): Promise<OpeningExceptionView[]> {
    return (await this.read.exceptions(query)).map(toExceptionView);
  }

  @Endpoint('POST', 'exceptions', Supervisors, {
    summary:
      'orders extended hours (open during them too, even on a public holiday) or a closure (closed then, over everything; the whole day without times); every app follows within its refresh interval',
    created: { type: OpeningExceptionView },
    badRequest:
      'malformed or impossible: no times for extended hours, one time without the other, opens not before closes, a date in the past',
  })
  async create(@Body() body: OrderOpeningExceptionRequest, @CurrentUser() user: AuthenticatedUser): Promise<OpeningExceptionView> {
    return toExceptionView(await this.order.execute(body, user.username));
  }

  @Endpoint('DELETE', 'exceptions/:id', Supervisors, {
    summary: 'takes back an ordered exception',
    noContent: { description: 'removed' },
    badRequest: 'the id is not a UUID',
    notFound: 'no such exception',
  })
  async remove(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    const removed = await this.cancel.execute(id, user.username);
    if (!removed) throw new DomainError('not-found', `no opening exception ${id}`);
  }

  @Endpoint('GET', 'service-levels', SupportStaff, {
    summary:
      'the service-level targets per queue ("*": every queue without its own) and channel: within what opening time, and what share must meet it',
    ok: { type: [ServiceLevelTargetView] },
  })
  serviceLevels(): Promise<ServiceLevelTargetView[]> {
    return this.targets.list();
  }

  @Endpoint('PUT', 'service-levels', Supervisors, {
    summary: 'sets the target of a queue (or "*") and channel, replacing the one there was; every app follows within its refresh interval',
    ok: { type: ServiceLevelTargetView },
    badRequest: 'an unknown queue, channel or unit; within not above 0; share not above 0 or above 1; warnFraction not in [0, 1)',
  })
  setServiceLevel(@Body() body: SetServiceLevelTargetRequest, @CurrentUser() user: AuthenticatedUser): Promise<ServiceLevelTargetView> {
    return this.targets.execute(body, user.username);
  }
}
