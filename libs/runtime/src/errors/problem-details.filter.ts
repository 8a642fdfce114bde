import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { throwError } from 'rxjs';
import { maskText } from '../logging/mask-personal-data';
import { problemAnswerOf } from './problem-details';

/**
 * The one place an error becomes an HTTP answer, for every app (startApp installs it): domain
 * errors by their kind, Nest's HTTP exceptions by their status, anything else as 500 with the
 * cause logged. Answers are RFC 9457 problem details.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly log = new Logger('ProblemDetails');

  catch(error: unknown, host: ArgumentsHost): unknown {
    // Message handlers have their own failure path (retries, dead letters).
    if (host.getType() !== 'http') return throwError(() => error);
    const answer = problemAnswerOf(error);
    if (answer.unexpected) this.log.error(maskText(error instanceof Error ? (error.stack ?? error.message) : String(error)));
    const res = host.switchToHttp().getResponse<Response>();
    // A stream already under way (server-sent events) can only be ended.
    if (res.headersSent) {
      res.end();
      return undefined;
    }
    for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
    res.status(answer.status).type('application/problem+json').send(JSON.stringify(answer.body));
    return undefined;
  }
}
