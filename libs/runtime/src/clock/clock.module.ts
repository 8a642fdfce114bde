import { DynamicModule, Module } from '@nestjs/common';
import { type CommonEnv, inProduction } from '../config/common-env';
import { Clock, SettableClock, SystemClock } from './clock';

/** The clock of an app: the system's, or outside production one set by `CLOCK_STARTS_AT`. */
export function clockFor(env: Pick<CommonEnv, 'NODE_ENV' | 'CLOCK_STARTS_AT'>): Clock {
  if (env.CLOCK_STARTS_AT === undefined) return new SystemClock();
  // The env validation refuses it already; this keeps a production app from ever running on a set clock.
  if (inProduction(env)) throw new Error('CLOCK_STARTS_AT is refused when NODE_ENV=production');
  return new SettableClock(new Date(env.CLOCK_STARTS_AT));
}

/** Provides `Clock` to every module of the app. */
@Module({})
export class ClockModule {
  static forApp(env: Pick<CommonEnv, 'NODE_ENV' | 'CLOCK_STARTS_AT'>): DynamicModule {
    return { module: ClockModule, global: true, providers: [{ provide: Clock, useValue: clockFor(env) }], exports: [Clock] };
  }
}
