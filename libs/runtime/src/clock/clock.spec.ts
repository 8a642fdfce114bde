import { ConfigError, loadConfig } from '../config/load-config';
import { CommonEnv } from '../config/common-env';
import { Clock, SettableClock, SystemClock } from './clock';
import { clockFor } from './clock.module';

const holidayMorning = new Date('2027-05-17T08:00:00Z');

describe('Clock', () => {
  it('is the system clock in production', () => {
    const clock = clockFor(loadConfig(CommonEnv, {}));
    expect(clock).toBeInstanceOf(SystemClock);
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1000);
  });

  it('is a settable clock at real time outside production unless CLOCK_STARTS_AT sets it', () => {
    const clock = clockFor(loadConfig(CommonEnv, { NODE_ENV: 'development' }));
    expect(clock).toBeInstanceOf(SettableClock);
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1000);
  });

  it('starts a settable clock at CLOCK_STARTS_AT outside production, running on from there', async () => {
    const clock: Clock = clockFor(loadConfig(CommonEnv, { NODE_ENV: 'test', CLOCK_STARTS_AT: holidayMorning.toISOString() }));
    expect(clock).toBeInstanceOf(SettableClock);
    const first = clock.now().getTime();
    expect(first - holidayMorning.getTime()).toBeGreaterThanOrEqual(0);
    expect(first - holidayMorning.getTime()).toBeLessThan(1000);
    await new Promise((r) => setTimeout(r, 20));
    expect(clock.now().getTime()).toBeGreaterThan(first);
  });

  it('can be set again', () => {
    const clock = new SettableClock(holidayMorning);
    clock.set(new Date('2030-01-02T03:04:05Z'));
    expect(clock.now().toISOString().slice(0, 16)).toBe('2030-01-02T03:04');
  });

  it('is refused in production: the app does not start with it', () => {
    let error: unknown;
    try {
      loadConfig(CommonEnv, { NODE_ENV: 'production', CLOCK_STARTS_AT: holidayMorning.toISOString() });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain('CLOCK_STARTS_AT sets the clock for tests and the demo');
    expect(() => clockFor({ NODE_ENV: 'production', CLOCK_STARTS_AT: holidayMorning.toISOString() })).toThrow(
      /refused when NODE_ENV=production/,
    );
  });

  it('names a malformed instant', () => {
    expect(() => loadConfig(CommonEnv, { NODE_ENV: 'test', CLOCK_STARTS_AT: 'tomorrow' })).toThrow(
      /CLOCK_STARTS_AT \(as set\): CLOCK_STARTS_AT sets the clock for tests and the demo: an ISO 8601 instant/,
    );
  });

  it('refuses a set clock when NODE_ENV is unset or unknown, both being production', () => {
    for (const nodeEnv of [undefined, 'staging'])
      expect(() => loadConfig(CommonEnv, { NODE_ENV: nodeEnv, CLOCK_STARTS_AT: holidayMorning.toISOString() })).toThrow(
        /CLOCK_STARTS_AT \(as set\).*refused when NODE_ENV=production/,
      );
  });
});
