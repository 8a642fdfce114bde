import { Module } from '@nestjs/common';
import { AgencyDeliveryRepository, AgencyEndpointRepository, bindPort } from '@inquiry-router/persistence';
import { AgencyDeliveries, AgencyEndpoints } from './agencies.ports';
import { AgencyDeliverySettingsController } from './agency-delivery-settings.controller';
import { AgencyDeliverySettings } from './agency-delivery-settings.use-case';
import { AgencyDeliveriesController } from './agency-deliveries.controller';

/**
 * Supervisors' side of agency delivery: each agency's delivery settings, and the deliveries
 * (the failed ones are the alerts). Postgres and access come from the app's global modules;
 * its ports are bound here.
 */
@Module({
  controllers: [AgencyDeliverySettingsController, AgencyDeliveriesController],
  providers: [
    bindPort(AgencyDeliveries, AgencyDeliveryRepository),
    bindPort(AgencyEndpoints, AgencyEndpointRepository),
    AgencyDeliverySettings,
  ],
})
export class AgenciesModule {}
