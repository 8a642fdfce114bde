import { Injectable, Logger } from '@nestjs/common';
import { OpeningExceptionRecord } from '@inquiry-router/persistence';
import { OpeningExceptions } from '../workdesk.ports';

/** Takes back an ordered exception; the apps' calendars drop it within their refresh interval. */
@Injectable()
export class CancelOpeningException {
  private readonly log = new Logger(CancelOpeningException.name);

  constructor(private readonly calendar: OpeningExceptions) {}

  /** The removed exception, or null when there is none with this id. */
  async execute(id: string, cancelledBy: string): Promise<OpeningExceptionRecord | null> {
    const removed = await this.calendar.removeException(id);
    if (!removed) return null;
    this.log.log({ id, kind: removed.kind, date: removed.date, orderedBy: removed.orderedBy, cancelledBy }, 'opening exception cancelled');
    return removed;
  }
}
