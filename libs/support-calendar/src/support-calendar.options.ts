import { ConfigurableModuleBuilder } from '@nestjs/common';
import type { OpeningException } from '@inquiry-router/opening-hours';

export interface SupportCalendarOptions {
  /** How often the exceptions and targets are read again from Postgres. */
  refreshSeconds: number;
  /** Exceptions from configuration (e.g. EXTENDED_HOURS), applied besides the ordered ones. */
  configuredExceptions?: OpeningException[];
}

export const { ConfigurableModuleClass: ConfigurableSupportCalendarModule, MODULE_OPTIONS_TOKEN: SUPPORT_CALENDAR_OPTIONS } =
  new ConfigurableModuleBuilder<SupportCalendarOptions>().setClassMethodName('forApp').build();
