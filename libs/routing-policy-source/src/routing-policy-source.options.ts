import { ConfigurableModuleBuilder } from '@nestjs/common';

export interface RoutingPolicySourceOptions {
  /** How soon a version published elsewhere (another instance, another app) is read. */
  refreshSeconds: number;
}

export const { ConfigurableModuleClass: ConfigurableRoutingPolicySourceModule, MODULE_OPTIONS_TOKEN: ROUTING_POLICY_SOURCE_OPTIONS } =
  new ConfigurableModuleBuilder<RoutingPolicySourceOptions>().setClassMethodName('forApp').build();
