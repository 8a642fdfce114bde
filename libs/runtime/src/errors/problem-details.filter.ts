import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { throwError } from 'rxjs';
import { maskText } from '../logging/mask-personal-data';
import { problemAnswerOf, ProblemDocument } from './problem-details';

/** A problem as an HTML page, for a browser on pages people open from a mail or a form. */
export type ProblemPage = (problem: ProblemDocument, request: Request) => string;

/**
 * What a problem page may load: nothing but its own inline style. It replaces whatever policy the
 * route set for its own page, which may refuse inline style.
 */
const ProblemPageSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The one place an error becomes an HTTP answer, for every app (startApp installs it): domain
 * errors by their kind, Nest's HTTP exceptions by their status, anything else as 500 with the
 * cause logged. Answers are RFC 9457 problem details; a controller of public pages installs it
 * again with a `page` (`@UseFilters`), so a browser there (it prefers HTML to JSON) gets the same
 * problem as a page instead of JSON.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly log = new Logger('ProblemDetails');

  constructor(private readonly page?: ProblemPage) {}

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
    res.status(answer.status);
    const req = host.switchToHttp().getRequest<Request>();
    if (this.page && req.accepts(['application/json', 'text/html']) === 'text/html')
      res.setHeader('content-security-policy', ProblemPageSecurityPolicy).type('html').send(this.page(answer.body, req));
    else res.type('application/problem+json').send(JSON.stringify(answer.body));
    return undefined;
  }
}
