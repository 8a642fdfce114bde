import { ArgumentMetadata, BadRequestException, HttpException, ValidationPipe, ValidationPipeOptions } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { describeProblems, NulCharacterProblem, type Problem } from '@inquiry-router/contracts';

/**
 * Validates every HTTP body, query and path parameter against its class (unknown fields refused),
 * and refuses with Nest's own messages plus each problem at its path (`change.removeAgencies[0]`),
 * as the domain's own validation reports them. A text with a NUL character (U+0000) is refused
 * wherever it stands: Postgres can store it neither in text nor in jsonb, so it would otherwise
 * fail as a server error, or be accepted and never recorded. A body the route reads as it is (a
 * platform's webhook) is left to the route, which must not refuse its sender's text.
 */
export class RequestValidationPipe extends ValidationPipe {
  constructor(options: ValidationPipeOptions = {}) {
    super({ whitelist: true, forbidNonWhitelisted: true, transform: true, ...options });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const read = metadata.type === 'param' || metadata.type === 'query' || (metadata.type === 'body' && this.toValidate(metadata));
    const problems = read ? nulCharacters(value, metadata.type === 'body' ? '' : (metadata.data ?? '')) : [];
    if (problems.length > 0) throw new BadRequestException({ message: describeProblems(problems), problems });
    return super.transform(value, metadata);
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

/**
 * Each place in a request value (texts, and keys of objects) that holds a NUL character. No
 * recursion, so no depth of nesting breaks it; a path is made for a container and for a text that
 * is refused, not for every text read, as every request's body goes through it.
 */
export function nulCharacters(value: unknown, root: string): Problem[] {
  const problems: Problem[] = [];
  const pathOf = (parent: string, key: string | number | null) =>
    key === null ? parent : typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;
  const pending: [unknown, string, string | number | null][] = [[value, root, null]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, parent, key] = next;
    if (typeof item === 'string') {
      if (item.includes('\u0000')) problems.push({ path: pathOf(parent, key), message: NulCharacterProblem });
    } else if (Array.isArray(item)) {
      const at = pathOf(parent, key);
      item.forEach((element, i) => pending.push([element, at, i]));
    } else if (item !== null && typeof item === 'object') {
      const at = pathOf(parent, key);
      for (const [name, child] of Object.entries(item)) {
        if (name.includes('\u0000')) problems.push({ path: pathOf(at, JSON.stringify(name)), message: `a key ${NulCharacterProblem}` });
        else pending.push([child, at, name]);
      }
    }
  }
  return problems;
}
