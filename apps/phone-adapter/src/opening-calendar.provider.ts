import { DynamicModule, Provider } from '@nestjs/common';
import { SupportCalendarModule } from '@inquiry-router/support-calendar';
import { Clock, ShiftedClock, SystemClock } from './clock';
import { PhoneAdapterEnv } from './phone-adapter.env';

/**
 * The support's opening calendar (libs/support-calendar): default hours and holidays, the extended
 * hours and closures supervisors ordered (Postgres), and any in EXTENDED_HOURS; plus the clock.
 */
export function openingCalendarModule(env: PhoneAdapterEnv): DynamicModule {
  return SupportCalendarModule.forApp({ refreshSeconds: env.OPENING_HOURS_REFRESH_SECONDS, configuredExceptions: env.openingExceptions });
}

export function openingProviders(env: PhoneAdapterEnv): Provider[] {
  return [{ provide: Clock, useValue: env.CLOCK_OVERRIDE ? new ShiftedClock(new Date(env.CLOCK_OVERRIDE)) : new SystemClock() }];
}
