import { DynamicModule } from '@nestjs/common';
import { SupportCalendarModule } from '@inquiry-router/support-calendar';
import { PhoneAdapterEnv } from './phone-adapter.env';

/**
 * The support's opening calendar (libs/support-calendar): default hours and holidays, the extended
 * hours and closures supervisors ordered (Postgres), and any in EXTENDED_HOURS.
 */
export function openingCalendarModule(env: PhoneAdapterEnv): DynamicModule {
  return SupportCalendarModule.forApp({ refreshSeconds: env.OPENING_HOURS_REFRESH_SECONDS, configuredExceptions: env.openingExceptions });
}
