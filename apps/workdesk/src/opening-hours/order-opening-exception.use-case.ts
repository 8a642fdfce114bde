import { Injectable, Logger } from '@nestjs/common';
import { DateTime } from 'luxon';
import { defaultCalendar, InvalidCalendarError, parseExceptions } from '@inquiry-router/opening-hours';
import { OpeningExceptionRecord } from '@inquiry-router/persistence';
import { Clock } from '@inquiry-router/runtime';
import { OpeningExceptions } from '../workdesk.ports';
import { InvalidOpeningOrder } from './opening-hours-errors';
import { OrderOpeningExceptionRequest } from './opening-hours.requests';

/**
 * A supervisor orders extended hours or a closure. Stored in Postgres; every app's calendar
 * (phone, acknowledgements, due times) has it within its refresh interval.
 */
@Injectable()
export class OrderOpeningException {
  private readonly log = new Logger(OrderOpeningException.name);

  constructor(
    private readonly calendar: OpeningExceptions,
    private readonly clock: Clock,
  ) {}

  async execute(order: OrderOpeningExceptionRequest, orderedBy: string, now = this.clock.now()): Promise<OpeningExceptionRecord> {
    if ((order.opens === undefined) !== (order.closes === undefined)) {
      throw new InvalidOpeningOrder('give both opens and closes, or neither (a closure for the whole day)');
    }
    const [exception] = checked(order);
    const zone = defaultCalendar().zone;
    const today = DateTime.fromJSDate(now, { zone }).toISODate()!;
    if (exception.date < today) throw new InvalidOpeningOrder(`date ${exception.date} is in the past (today is ${today} in ${zone})`);
    if (exception.opens !== undefined && exception.closes !== undefined && exception.opens >= exception.closes) {
      throw new InvalidOpeningOrder(`opens (${exception.opens}) must be before closes (${exception.closes})`);
    }
    const saved = await this.calendar.addException({
      kind: exception.kind,
      date: exception.date,
      opens: exception.opens ?? null,
      closes: exception.closes ?? null,
      reason: order.reason.trim(),
      orderedBy,
    });
    this.log.log(
      { id: saved.id, kind: saved.kind, date: saved.date, opens: saved.opens, closes: saved.closes, orderedBy },
      'opening exception ordered',
    );
    return saved;
  }
}

/** The domain's own check (real date, both or neither time, extended needs times), as a 400. */
function checked(order: OrderOpeningExceptionRequest) {
  try {
    return parseExceptions([{ kind: order.kind, date: order.date, opens: order.opens, closes: order.closes, reason: order.reason }]);
  } catch (error) {
    if (error instanceof InvalidCalendarError) throw new InvalidOpeningOrder(error.message.replace(/^exception 0: /, ''));
    throw error;
  }
}
