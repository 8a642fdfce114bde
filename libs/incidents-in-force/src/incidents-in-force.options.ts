import { ConfigurableModuleBuilder } from '@nestjs/common';

export interface IncidentsInForceOptions {
  /** How often the incidents and components are read again from Postgres (how soon a new incident is matched). */
  refreshSeconds: number;
}

export const { ConfigurableModuleClass: ConfigurableIncidentsInForceModule, MODULE_OPTIONS_TOKEN: INCIDENTS_IN_FORCE_OPTIONS } =
  new ConfigurableModuleBuilder<IncidentsInForceOptions>().setClassMethodName('forApp').build();
