import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { InvalidOpeningOrder } from './opening-hours-errors';

/** An order or range the calendar cannot take is the caller's mistake: 400 with the reason. */
@Catch(InvalidOpeningOrder)
export class OpeningHoursErrorsFilter implements ExceptionFilter {
  catch(error: InvalidOpeningOrder, host: ArgumentsHost): void {
    host.switchToHttp().getResponse<Response>().status(HttpStatus.BAD_REQUEST).json({ statusCode: 400, error: 'Bad Request', message: error.message });
  }
}
