import { Global, Module } from '@nestjs/common';
import { bindPort, PolicyRepository } from '@inquiry-router/persistence';
import { ActivePolicyStore, RoutingPolicySource } from './routing-policy-source';
import { ConfigurableRoutingPolicySourceModule } from './routing-policy-source.options';

/**
 * The routing policy in force (`forApp(options)`), for the whole app (global: one reader per app),
 * over its own store; needs PersistenceModule and ScheduledJobsModule (both global) in the same app.
 */
@Global()
@Module({
  providers: [bindPort(ActivePolicyStore, PolicyRepository), RoutingPolicySource],
  exports: [RoutingPolicySource],
})
export class RoutingPolicySourceModule extends ConfigurableRoutingPolicySourceModule {}
