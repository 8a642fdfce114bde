import { DynamicModule, Module } from '@nestjs/common';
import { appRootModule } from '@inquiry-router/runtime';
import { kafkaService } from '@inquiry-router/messaging';
import { AgencyDeliveryRepository, AgencyEndpointRepository, bindPort, postgresService } from '@inquiry-router/persistence';
import { RoutingPolicySourceModule } from '@inquiry-router/routing-policy-source';
import { AgencyForwarderEnv } from './agency-forwarder.env';
import { DeliveryEndpoints, DeliveryLedger } from './agency-forwarder.ports';
import { DeliverForwardedInquiry } from './deliver-forwarded-inquiry.use-case';
import { InquiryForwardedHandler } from './inquiry-forwarded.handler';

/** Delivery and its Kafka handler. */
@Module({
  controllers: [InquiryForwardedHandler],
  providers: [
    bindPort(DeliveryLedger, AgencyDeliveryRepository),
    bindPort(DeliveryEndpoints, AgencyEndpointRepository),
    DeliverForwardedInquiry,
  ],
})
class DeliveryModule {}

@Module({})
export class AgencyForwarderModule {
  static register(env: AgencyForwarderEnv): DynamicModule {
    return appRootModule(AgencyForwarderModule, 'agency-forwarder', env, {
      services: [kafkaService(), postgresService({ poolSize: 6, outbox: true })],
      imports: [RoutingPolicySourceModule.forApp({ refreshSeconds: env.POLICY_REFRESH_SECONDS }), DeliveryModule],
    });
  }
}
