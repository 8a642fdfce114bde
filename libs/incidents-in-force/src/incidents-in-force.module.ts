import { Module } from '@nestjs/common';
import { bindPort, IncidentLinkRepository } from '@inquiry-router/persistence';
import { IncidentsInForce, IncidentStore } from './incidents-in-force';
import { ConfigurableIncidentsInForceModule } from './incidents-in-force.options';

/** The incidents in force for an app (`forApp(options)`), over its own store; needs PersistenceModule and ScheduledJobsModule (both global). */
@Module({
  providers: [bindPort(IncidentStore, IncidentLinkRepository), IncidentsInForce],
  exports: [IncidentsInForce],
})
export class IncidentsInForceModule extends ConfigurableIncidentsInForceModule {}
