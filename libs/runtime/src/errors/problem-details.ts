import { STATUS_CODES } from 'node:http';
import { HttpException } from '@nestjs/common';
import { describeProblems, DomainError, ErrorKind, Problem } from '@inquiry-router/contracts';

/** The HTTP status of each kind of domain failure. */
export const StatusOfKind: Readonly<Record<ErrorKind, number>> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  unprocessable: 422,
  busy: 429,
  unavailable: 503,
};

const kindOfStatus = new Map<number, ErrorKind>(Object.entries(StatusOfKind).map(([kind, status]) => [status, kind as ErrorKind]));

/**
 * An error answer as RFC 9457 problem details. `message` is kept beside `detail` in the shape Nest's
 * own errors have (a list for several problems), as the console and the API's clients read it.
 */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  message: string | string[];
  problems?: readonly Problem[];
}

export interface ProblemAnswer {
  status: number;
  body: ProblemDocument;
  headers: Record<string, string>;
  /** Neither a refusal of the domain nor an HTTP exception: a fault whose cause should be logged. */
  unexpected: boolean;
}

export function problemDocument(status: number, message: string | string[], problems?: readonly Problem[]): ProblemDocument {
  const kind = kindOfStatus.get(status);
  return {
    type: kind ? `urn:inquiry-router:problem:${kind}` : 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail: Array.isArray(message) ? message.join('; ') : message,
    message,
    ...(problems && { problems }),
  };
}

/** How any error thrown while handling a request is answered. */
export function problemAnswerOf(error: unknown): ProblemAnswer {
  if (error instanceof DomainError) {
    const status = StatusOfKind[error.kind];
    const message = error.problems?.length ? describeProblems(error.problems) : error.message;
    const body = { ...problemDocument(status, message, error.problems), detail: error.message };
    const headers: Record<string, string> = error.retryAfterSeconds === undefined ? {} : { 'retry-after': String(error.retryAfterSeconds) };
    return { status, body, headers, unexpected: false };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    return {
      status,
      body: problemDocument(status, messageOfHttpException(error), problemsOfHttpException(error)),
      headers: {},
      unexpected: false,
    };
  }
  // Errors of Express middleware (body-parser's "request entity too large"), as Nest answers them.
  if (isHttpError(error))
    return {
      status: error.statusCode,
      body: problemDocument(error.statusCode, error.message),
      headers: {},
      unexpected: error.statusCode >= 500,
    };
  return { status: 500, body: problemDocument(500, 'Internal server error'), headers: {}, unexpected: true };
}

function isHttpError(error: unknown): error is { statusCode: number; message: string } {
  const { statusCode, message } = (error ?? {}) as { statusCode?: unknown; message?: unknown };
  return typeof statusCode === 'number' && statusCode >= 400 && statusCode < 600 && typeof message === 'string' && message !== '';
}

/** The problems RequestValidationPipe lists with their paths. */
function problemsOfHttpException(error: HttpException): Problem[] | undefined {
  const response = error.getResponse();
  if (typeof response !== 'object' || !Array.isArray((response as { problems?: unknown }).problems)) return undefined;
  return (response as { problems: Problem[] }).problems;
}

function messageOfHttpException(error: HttpException): string | string[] {
  const response = error.getResponse();
  if (typeof response === 'string') return response;
  const { message } = response as { message?: unknown };
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.map(String);
  return error.message;
}
