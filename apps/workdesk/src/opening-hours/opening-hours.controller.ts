import { Body, Controller, Delete, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { DomainError } from '@inquiry-router/contracts';
import { AuthenticatedUser, CurrentUser, Roles, Supervisors, SupportStaff } from '@inquiry-router/access';
import { CancelOpeningException } from './cancel-opening-exception.use-case';
import { DateRangeQuery, OrderOpeningExceptionRequest } from './opening-hours.requests';
import { OpeningExceptionView, OpeningHoursView, OpeningStatusView, toExceptionView } from './opening-hours.views';
import { OrderOpeningException } from './order-opening-exception.use-case';
import { ReadOpeningHours } from './read-opening-hours.use-case';

/** Opening hours: the calendar every channel follows, and supervisors' orders of extended hours and closures. */
@ApiTags('opening-hours')
@Controller('api/opening-hours')
export class OpeningHoursController {
  constructor(
    @Inject(ReadOpeningHours) private readonly read: ReadOpeningHours,
    @Inject(OrderOpeningException) private readonly order: OrderOpeningException,
    @Inject(CancelOpeningException) private readonly cancel: CancelOpeningException,
  ) {}

  @Get()
  @Roles(SupportStaff)
  @ApiOperation({
    summary: 'when the support is open, date by date (Europe/Oslo): weekly hours, public holidays and ordered exceptions applied',
  })
  @ApiOkResponse({ type: OpeningHoursView })
  @ApiBadRequestResponse({ description: 'a malformed date, to before from, or more than 366 days' })
  spans(@Query() query: DateRangeQuery): Promise<OpeningHoursView> {
    return this.read.spans(query);
  }

  @Get('status')
  @Roles(SupportStaff)
  @ApiOperation({ summary: 'open now? when it closes, or when it opens next' })
  @ApiOkResponse({ type: OpeningStatusView })
  status(): Promise<OpeningStatusView> {
    return this.read.status();
  }

  @Get('exceptions')
  @Roles(SupportStaff)
  @ApiOperation({ summary: 'ordered extended hours and closures, by date (all, or those from/to the given dates)' })
  @ApiOkResponse({ type: [OpeningExceptionView] })
  async exceptions(@Query() query: DateRangeQuery): Promise<OpeningExceptionView[]> {
    return (await this.read.exceptions(query)).map(toExceptionView);
  }

  @Post('exceptions')
  @Roles(Supervisors)
  @ApiOperation({
    summary:
      'orders extended hours (open during them too, even on a public holiday) or a closure (closed then, over everything; the whole day without times); every app follows within its refresh interval',
  })
  @ApiCreatedResponse({ type: OpeningExceptionView })
  @ApiBadRequestResponse({
    description:
      'malformed or impossible: no times for extended hours, one time without the other, opens not before closes, a date in the past',
  })
  async create(@Body() body: OrderOpeningExceptionRequest, @CurrentUser() user: AuthenticatedUser): Promise<OpeningExceptionView> {
    return toExceptionView(await this.order.execute(body, user.username));
  }

  @Delete('exceptions/:id')
  @HttpCode(204)
  @Roles(Supervisors)
  @ApiOperation({ summary: 'takes back an ordered exception' })
  @ApiNoContentResponse({ description: 'removed' })
  @ApiBadRequestResponse({ description: 'the id is not a UUID' })
  @ApiNotFoundResponse({ description: 'no such exception' })
  async remove(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    const removed = await this.cancel.execute(id, user.username);
    if (!removed) throw new DomainError('not-found', `no opening exception ${id}`);
  }
}
