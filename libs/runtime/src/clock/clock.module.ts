import { DynamicModule, Module } from '@nestjs/common';
import { type CommonEnv, inProduction } from '../config/common-env';
import { Clock, SettableClock, SystemClock } from './clock';
import { DevelopmentClockController } from './development-clock.controller';

type ClockEnv = Pick<CommonEnv, 'NODE_ENV' | 'CLOCK_STARTS_AT'>;

/**
 * The clock of an app: in production the system's; outside production a settable one, at real time
 * or from `CLOCK_STARTS_AT`, that the development clock endpoint can set while the app runs.
 */
export function clockFor(env: ClockEnv): Clock {
  if (!inProduction(env)) return new SettableClock(env.CLOCK_STARTS_AT === undefined ? undefined : new Date(env.CLOCK_STARTS_AT));
  // The env validation refuses it already; this keeps a production app from ever running on a set clock.
  if (env.CLOCK_STARTS_AT !== undefined) throw new Error('CLOCK_STARTS_AT is refused when NODE_ENV=production');
  return new SystemClock();
}

/** Provides `Clock` to every module of the app, and outside production `/development/clock` to set it. */
@Module({})
export class ClockModule {
  static forApp(env: ClockEnv): DynamicModule {
    return {
      module: ClockModule,
      global: true,
      providers: [{ provide: Clock, useValue: clockFor(env) }],
      controllers: inProduction(env) ? [] : [DevelopmentClockController],
      exports: [Clock],
    };
  }
}
