import { RouterCatchUpMs, routerCatchUpBy } from './router-catch-up';

describe('routerCatchUpBy', () => {
  it('gives the router five minutes from when the event was published', () => {
    expect(RouterCatchUpMs).toBe(300_000);
    expect(new Date(routerCatchUpBy('2026-12-07T12:00:00+01:00')).toISOString()).toBe('2026-12-07T11:05:00.000Z');
  });
});
