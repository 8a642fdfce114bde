import { Provider } from '@nestjs/common';
import { defaultCalendar } from '@inquiry-router/opening-hours';
import { Clock, ShiftedClock, SystemClock } from './clock';
import { PhoneAdapterEnv } from './phone-adapter.env';

/** The support's opening calendar: default hours, plus the extended hours and closures in EXTENDED_HOURS. */
export const OPENING_CALENDAR = Symbol('OPENING_CALENDAR');

export function openingProviders(env: PhoneAdapterEnv): Provider[] {
  return [
    { provide: OPENING_CALENDAR, useValue: defaultCalendar(env.openingExceptions) },
    { provide: Clock, useValue: env.CLOCK_OVERRIDE ? new ShiftedClock(new Date(env.CLOCK_OVERRIDE)) : new SystemClock() },
  ];
}
