import { describeProblems, DomainError, type Problem } from '@inquiry-router/contracts';

export class AnswerTemplateNotFound extends DomainError {
  constructor(id: string) {
    super('not-found', `no answer template ${id.slice(0, 40)}`);
  }
}

/** A retired template is kept as it was for the answers that used it: it is not changed. */
export class AnswerTemplateRetired extends DomainError {
  constructor(id: string) {
    super('conflict', `answer template ${id} is retired: it is no longer changed`);
  }
}

/** The body names a placeholder there is no value for, or `{helpPage}` without a page. */
export class InvalidTemplateBody extends DomainError {
  constructor(problems: Problem[]) {
    super('invalid', describeProblems(problems).join('; '), { problems });
  }
}

/** An answer names a template that cannot be used for it: unknown, or retired. */
export class UnusableAnswerTemplate extends DomainError {
  constructor(id: string, why: 'unknown' | 'retired') {
    super('unprocessable', why === 'unknown' ? `no answer template ${id.slice(0, 40)}` : `answer template ${id} is retired`);
  }
}

/** An answer made from a template still has placeholders nobody filled: it would reach the inquirer as `{name}`. */
export class UnfilledPlaceholders extends DomainError {
  constructor(placeholders: readonly string[]) {
    const named = placeholders.map((p) => `{${p}}`).join(', ');
    super('invalid', `the answer still has ${named} unfilled: write the value in its place`, {
      problems: [{ path: 'text', message: `unfilled placeholder(s) ${named}` }],
    });
  }
}
