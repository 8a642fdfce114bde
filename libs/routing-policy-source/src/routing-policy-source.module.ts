import { DynamicModule, Module } from '@nestjs/common';
import { bindPort, PolicyRepository } from '@inquiry-router/persistence';
import { ActivePolicyStore, ROUTING_POLICY_SOURCE_OPTIONS, RoutingPolicySource, RoutingPolicySourceOptions } from './routing-policy-source';

/**
 * The routing policy in force, for the whole app (global: one reader per app), over its own store;
 * needs PersistenceModule and ScheduledJobsModule (both global) in the same app.
 */
@Module({})
export class RoutingPolicySourceModule {
  static forApp(options: RoutingPolicySourceOptions): DynamicModule {
    return {
      module: RoutingPolicySourceModule,
      global: true,
      providers: [
        { provide: ROUTING_POLICY_SOURCE_OPTIONS, useValue: options },
        bindPort(ActivePolicyStore, PolicyRepository),
        RoutingPolicySource,
      ],
      exports: [RoutingPolicySource],
    };
  }
}
