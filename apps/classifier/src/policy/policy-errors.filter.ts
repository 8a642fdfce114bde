import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { InvalidPolicyDraft, PolicyDraftConflict, PolicyError, PolicyNotFound, SimulationBusy } from './policy-errors';

/** Maps policy use-case failures to HTTP, in the shape Nest's own errors have (`message` as a list for 400). */
@Catch(PolicyError)
export class PolicyErrorsFilter implements ExceptionFilter {
  catch(error: PolicyError, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (error instanceof InvalidPolicyDraft) {
      res.status(HttpStatus.BAD_REQUEST).json({
        statusCode: 400,
        error: 'Bad Request',
        message: error.problems.map((p) => `${p.path || '(document)'}: ${p.message}`),
        problems: error.problems,
      });
      return;
    }
    const [status, name] =
      error instanceof PolicyNotFound
        ? [HttpStatus.NOT_FOUND, 'Not Found']
        : error instanceof PolicyDraftConflict
          ? [HttpStatus.CONFLICT, 'Conflict']
          : error instanceof SimulationBusy
            ? [HttpStatus.TOO_MANY_REQUESTS, 'Too Many Requests']
            : [HttpStatus.INTERNAL_SERVER_ERROR, 'Internal Server Error'];
    if (error instanceof SimulationBusy) res.setHeader('retry-after', '5');
    res.status(status).json({ statusCode: status, error: name, message: error.message });
  }
}
