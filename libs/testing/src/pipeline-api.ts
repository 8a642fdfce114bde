import { hash } from 'bcryptjs';
import type { Inquiry } from '@inquiry-router/contracts';
import type { AppName } from '@inquiry-router/local-system';
import { UserRepository } from '@inquiry-router/persistence';
import { anInquiry } from './fixtures';
import { eventually, freshId, type TestPipeline } from './test-pipeline';

/** A request as the console and the tools make them: `body` goes as JSON, `token` as the bearer token. */
export interface ApiRequest {
  method?: string;
  token?: string;
  body?: unknown;
  /** Ends a call that takes too long. */
  signal?: AbortSignal;
}

/** The HTTP APIs of a pipeline's apps, as a signed-in user (or nobody) calls them. */
export interface PipelineApi {
  /** A request to one of the apps. */
  call(app: AppName, path: string, request?: ApiRequest): Promise<Response>;
  /** A request to the workdesk, where advisers and supervisors work. */
  api(path: string, request?: ApiRequest): Promise<Response>;
  /** A POST to the workdesk as the holder of `token`, with `body` (if any) as JSON. */
  post(path: string, token: string, body?: unknown): Promise<Response>;
  /** The JSON of a response that must have `status`; a failure shows the body the app sent instead. */
  json<T>(response: Response, status: number): Promise<T>;
  /** Signs in at the workdesk and returns the access token (a development user's password is their name). */
  login(username: string, password?: string): Promise<string>;
  /**
   * A fresh adviser (password "secret") whose lines, languages and capacity (`skills`, as
   * `PUT /api/advisers/:username` takes them) the holder of `supervisor` has set; returns their
   * name and token.
   */
  anAdviser(supervisor: string, skills: Record<string, unknown>): Promise<{ username: string; token: string }>;
  /**
   * Takes an inquiry (a plausible one with `fields`) in at the workdesk as the portal's intake does,
   * sent by the holder of `tokens.intake`, and waits until the router has placed it (queued or
   * forwarded); returns the workdesk's view of it as the holder of `tokens.viewer` reads it.
   */
  takeInUntilRouted<View extends { status: string }>(fields: Partial<Inquiry>, tokens: { intake: string; viewer: string }): Promise<View>;
}

export function pipelineApi(pipeline: TestPipeline): PipelineApi {
  const call = (app: AppName, path: string, request: ApiRequest = {}) =>
    fetch(pipeline.url(app, path), {
      method: request.method ?? 'GET',
      headers: { 'content-type': 'application/json', ...(request.token ? { authorization: `Bearer ${request.token}` } : {}) },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: request.signal,
    });
  const api = (path: string, request: ApiRequest = {}) => call('workdesk', path, request);
  const json = async <T>(response: Response, status: number): Promise<T> => {
    const body = await response.text();
    expect({ status: response.status, body }).toMatchObject({ status });
    return (body ? JSON.parse(body) : undefined) as T;
  };
  const post = (path: string, token: string, body?: unknown) => api(path, { method: 'POST', token, body });
  const login = async (username: string, password = username) =>
    (await json<{ token: string }>(await api('/api/auth/login', { method: 'POST', body: { username, password } }), 200)).token;
  return {
    call,
    api,
    post,
    json,
    login,
    anAdviser: async (supervisor, skills) => {
      const username = freshId('adv');
      // Few hashing rounds: a test makes many advisers, and their password guards nothing.
      await new UserRepository(pipeline.db).upsert({ username, passwordHash: await hash('secret', 4), roles: ['adviser'] });
      await json(await api(`/api/advisers/${username}`, { method: 'PUT', token: supervisor, body: skills }), 200);
      return { username, token: await login(username, 'secret') };
    },
    takeInUntilRouted: async <View extends { status: string }>(fields: Partial<Inquiry>, tokens: { intake: string; viewer: string }) => {
      // The intake takes no time of receipt: the workdesk sets it.
      const { receivedAt: _now, ...inquiry } = anInquiry(fields);
      expect((await post('/api/inquiries', tokens.intake, inquiry)).status).toBe(202);
      return eventually(
        async () => {
          const res = await api(`/api/inquiries/${inquiry.id}`, { token: tokens.viewer });
          const view = res.status === 200 ? ((await res.json()) as View) : undefined;
          return view && (view.status === 'queued' || view.status === 'forwarded') ? view : undefined;
        },
        30_000,
        `${inquiry.id} routed`,
      );
    },
  };
}
