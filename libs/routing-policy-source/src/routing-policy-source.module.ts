import { DynamicModule, Module } from '@nestjs/common';
import { ROUTING_POLICY_SOURCE_OPTIONS, RoutingPolicySource, RoutingPolicySourceOptions } from './routing-policy-source';

/** The routing policy in force, for the whole app (global: one reader per app); needs PersistenceModule and ScheduledJobsModule (both global) in the same app. */
@Module({})
export class RoutingPolicySourceModule {
  static forApp(options: RoutingPolicySourceOptions): DynamicModule {
    return {
      module: RoutingPolicySourceModule,
      global: true,
      providers: [{ provide: ROUTING_POLICY_SOURCE_OPTIONS, useValue: options }, RoutingPolicySource],
      exports: [RoutingPolicySource],
    };
  }
}
