import { BadRequestException, HttpException, ValidationPipe, ValidationPipeOptions } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import type { Problem } from '@inquiry-router/contracts';

/**
 * Validates every HTTP body, query and path parameter against its class (unknown fields refused),
 * and refuses with Nest's own messages plus each problem at its path (`change.removeAgencies[0]`),
 * as the domain's own validation reports them.
 */
export class RequestValidationPipe extends ValidationPipe {
  constructor(options: ValidationPipeOptions = {}) {
    super({ whitelist: true, forbidNonWhitelisted: true, transform: true, ...options });
  }

  override createExceptionFactory(): (validationErrors?: ValidationError[]) => unknown {
    const nests = super.createExceptionFactory();
    return (validationErrors: ValidationError[] = []) => {
      const refusal = nests(validationErrors);
      if (!(refusal instanceof HttpException)) return refusal;
      const { message } = refusal.getResponse() as { message?: unknown };
      return new BadRequestException({ message, problems: problemsOf(validationErrors) });
    };
  }
}

export function problemsOf(errors: readonly ValidationError[], parent = ''): Problem[] {
  return errors.flatMap((error) => {
    const path = !parent ? error.property : /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path, message }));
    return [...own, ...problemsOf(error.children ?? [], path)];
  });
}
