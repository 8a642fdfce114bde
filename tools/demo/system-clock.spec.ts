// Unit: Nest apps in this process with the ClockModule every app has (development and production),
// listening on this machine as the demo finds the running apps.
import type { Server } from 'node:http';
import { INestApplication } from '@nestjs/common';
import { DateTime } from 'luxon';
import { freePort } from '@inquiry-router/local-system';
import { clockOnlyApp } from '@inquiry-router/testing';
import { ClockAnswer, clockProblem, setAppClock } from './system-clock';

async function listening(nodeEnv: 'development' | 'production'): Promise<{ app: INestApplication<Server>; url: string }> {
  const app = await clockOnlyApp(nodeEnv);
  await app.listen(0, '127.0.0.1');
  return { app, url: await app.getUrl() };
}

describe("the demo's setting of the system's clocks", () => {
  let development: { app: INestApplication<Server>; url: string };
  let production: { app: INestApplication<Server>; url: string };
  beforeAll(async () => {
    development = await listening('development');
    production = await listening('production');
  });
  afterAll(async () => {
    await development.app.close();
    await production.app.close();
  });

  it('sets an app outside production to DEMO_AT, and back to real time', async () => {
    // A day ahead of today, written as an Oslo time as DEMO_AT is.
    const ahead = DateTime.utc().plus({ days: 1 }).startOf('minute');
    const set = await setAppClock('router', development.url, ahead.setZone('Europe/Oslo').toISO({ suppressMilliseconds: true }));
    if (set.kind !== 'set') throw new Error(`not set: ${JSON.stringify(set)}`);
    expect(set.app).toBe('router');
    expect(set.reading.now.slice(0, 16)).toBe(ahead.toISO().slice(0, 16));
    expect(set.reading.offsetMs).toBeGreaterThan(0);
    expect(await setAppClock('router', development.url, null)).toMatchObject({ kind: 'set', reading: { offsetMs: 0 } });
  });

  it('tells a production app (404), one that does not run, and a refusal with its reason apart', async () => {
    expect(await setAppClock('workdesk', production.url, '2026-12-07T21:00:00+01:00')).toEqual({ app: 'workdesk', kind: 'production' });
    expect(await setAppClock('notice-dispatcher', `http://127.0.0.1:${await freePort()}`, '2026-12-07T21:00:00+01:00')).toEqual({
      app: 'notice-dispatcher',
      kind: 'not-running',
    });
    const refused = await setAppClock('router', development.url, '2026-12-07T21:00:00');
    expect(refused.kind === 'refused' && [refused.status, refused.reason]).toEqual([
      400,
      'at must carry its offset (Z or ±hh:mm), e.g. 2026-12-07T09:30:00+01:00',
    ]);
  });

  it('stops the demo when a production app answers, or nothing was set; not for an app that does not run', () => {
    const set: ClockAnswer = { app: 'workdesk', kind: 'set', reading: { now: '2026-12-07T20:00:00.000Z', offsetMs: 1000 } };
    expect(clockProblem([set, { app: 'agency-forwarder', kind: 'not-running' }])).toBeNull();
    expect(clockProblem([set, { app: 'router', kind: 'production' }])).toMatch(
      /^DEMO_AT needs a system outside production: router answered 404/,
    );
    expect(
      clockProblem([{ app: 'router', kind: 'refused', status: 403, reason: 'the development clock is set from this machine only' }]),
    ).toBe('DEMO_AT: the clock could not be set (router: 403 the development clock is set from this machine only)');
    expect(clockProblem([{ app: 'router', kind: 'not-running' }])).toBe('DEMO_AT: no app answered on its port, so no clock was set');
  });
});
