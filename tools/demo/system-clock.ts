import type { AppName } from '@inquiry-router/local-system';

/** What `/development/clock` reads (libs/runtime's ClockReading). */
export interface ClockReading {
  now: string;
  offsetMs: number;
}

/** How one app answered the demo's setting of its clock. */
export type ClockAnswer =
  | { app: AppName; kind: 'set'; reading: ClockReading }
  /** Nothing listens on its port: an app that does not run keeps no time. */
  | { app: AppName; kind: 'not-running' }
  /** 404: production mounts no development clock. */
  | { app: AppName; kind: 'production' }
  /** Any other answer (403 from another machine, 400, 5xx), with what it said. */
  | { app: AppName; kind: 'refused'; status: number; reason: string };

/** Reads an answer of `/development/clock` as one of the outcomes above. */
export async function clockAnswerOf(app: AppName, res: Response): Promise<ClockAnswer> {
  if (res.ok) return { app, kind: 'set', reading: (await res.json()) as ClockReading };
  if (res.status === 404) return { app, kind: 'production' };
  const text = await res.text();
  let reason = text.slice(0, 300);
  try {
    // RFC 9457 problem details, as every app answers errors
    const problem = JSON.parse(text) as { detail?: unknown };
    if (typeof problem.detail === 'string') reason = problem.detail;
  } catch {
    // not JSON: the text as it came
  }
  return { app, kind: 'refused', status: res.status, reason };
}

function refusedConnection(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code === 'ECONNREFUSED';
}

/**
 * Sets (an instant) or resets (null: back to real time) one app's clock through its
 * `/development/clock`, the same settable clock `CLOCK_STARTS_AT` sets at start.
 */
export async function setAppClock(app: AppName, baseUrl: string, at: string | null, timeoutMs = 5000): Promise<ClockAnswer> {
  try {
    const res = await fetch(`${baseUrl}/development/clock`, {
      method: at === null ? 'DELETE' : 'PUT',
      headers: at === null ? {} : { 'content-type': 'application/json' },
      body: at === null ? undefined : JSON.stringify({ at }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return await clockAnswerOf(app, res);
  } catch (error) {
    if (refusedConnection(error)) return { app, kind: 'not-running' };
    return { app, kind: 'refused', status: 0, reason: (error as Error).message };
  }
}

/** Why the demo cannot run at DEMO_AT, from the apps' answers (null: every running app took the time). */
export function clockProblem(answers: ClockAnswer[]): string | null {
  const production = answers.filter((a) => a.kind === 'production').map((a) => a.app);
  if (production.length > 0) {
    return (
      `DEMO_AT needs a system outside production: ${production.join(', ')} answered 404 to PUT /development/clock ` +
      '(a production app has no settable clock). Run the demo against `npm start`, or without DEMO_AT.'
    );
  }
  const refused = answers.flatMap((a) => (a.kind === 'refused' ? [`${a.app}: ${a.status || 'no answer'} ${a.reason}`] : []));
  if (refused.length > 0) return `DEMO_AT: the clock could not be set (${refused.join('; ')})`;
  if (!answers.some((a) => a.kind === 'set')) return 'DEMO_AT: no app answered on its port, so no clock was set';
  return null;
}
