/** One problem of a refused request, at the path of the field it concerns (`title.nb`, `components[0]`). */
export interface FieldProblem {
  path: string;
  message: string;
}

/** A refused or failed call: the HTTP status, the server's own message, and the problems it listed by field. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems: readonly FieldProblem[] = [],
  ) {
    super(message);
  }
}

/** Whether the workdesk answered 404: it does not know what was asked for (or, for a development tool, does not offer it). */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

export type UnauthorizedHandler = () => void;

/** The workdesk API (and the classifier's policy API through it) with the signed-in user's token. */
export class ApiClient {
  constructor(
    private readonly token: string | null,
    private readonly onUnauthorized: UnauthorizedHandler = () => undefined,
    private readonly base = '',
  ) {}

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (res.status === 401 && this.token) this.onUnauthorized();
    if (res.status === 204) return undefined as T;
    const text = await res.text();
    const data: unknown = text ? safeJson(text) : undefined;
    if (!res.ok) throw new ApiError(res.status, messageOf(data) ?? res.statusText, fieldProblemsOf(data));
    return data as T;
  }

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  post<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('POST', path, body ?? {});
  }

  put<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('PUT', path, body);
  }

  delete<T>(path: string): Promise<T> {
    return this.request<T>('DELETE', path);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * The reason in an error answer: APIs answer with problem details (RFC 9457) that keep Nest's
 * `message` (a list when there are several problems) beside `detail`; `problems` repeats the list
 * with paths, so it is read only when there is no message.
 */
export function messageOf(data: unknown): string | undefined {
  if (typeof data === 'string') return data || undefined;
  if (!data || typeof data !== 'object') return undefined;
  const { message, detail, problems } = data as { message?: unknown; detail?: unknown; problems?: unknown };
  if (Array.isArray(message) && message.length) return message.map(String).join('; ');
  if (typeof message === 'string' && message) return message;
  if (typeof detail === 'string' && detail) return detail;
  if (Array.isArray(problems) && problems.length) return problems.map(problemText).join('; ');
  return undefined;
}

/** The problems of a problem document that name a field (RequestValidationPipe's `problems`). */
export function fieldProblemsOf(data: unknown): FieldProblem[] {
  const problems = data && typeof data === 'object' ? (data as { problems?: unknown }).problems : undefined;
  if (!Array.isArray(problems)) return [];
  return problems.flatMap((p: unknown) => {
    const { path, message } = (p ?? {}) as { path?: unknown; message?: unknown };
    return typeof path === 'string' && path && typeof message === 'string' ? [{ path, message }] : [];
  });
}

function problemText(problem: unknown): string {
  if (typeof problem === 'string') return problem;
  const { path, message } = (problem ?? {}) as { path?: unknown; message?: unknown };
  if (typeof message === 'string') return typeof path === 'string' && path ? `${path}: ${message}` : message;
  return JSON.stringify(problem);
}
