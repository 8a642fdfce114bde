import { DynamicModule, Module } from '@nestjs/common';
import { AppRuntimeModule, ClockModule } from '@inquiry-router/runtime';
import { EventPublisher, KafkaTransport, MessagingModule, OutboxModule } from '@inquiry-router/messaging';
import { PersistenceModule, PostgresReadiness, postgresOutboxStore } from '@inquiry-router/persistence';
import { RoutingPolicySourceModule } from '@inquiry-router/routing-policy-source';
import { AgencyForwarderEnv } from './agency-forwarder.env';
import { DeliverForwardedInquiry } from './deliver-forwarded-inquiry.use-case';
import { InquiryForwardedHandler } from './inquiry-forwarded.handler';

/** Delivery and its Kafka handler. */
@Module({})
class DeliveryModule {
  static register(env: AgencyForwarderEnv): DynamicModule {
    return {
      module: DeliveryModule,
      controllers: [InquiryForwardedHandler],
      providers: [{ provide: AgencyForwarderEnv, useValue: env }, DeliverForwardedInquiry],
    };
  }
}

@Module({})
export class AgencyForwarderModule {
  static register(env: AgencyForwarderEnv): DynamicModule {
    return {
      module: AgencyForwarderModule,
      imports: [
        AppRuntimeModule.forApp({
          name: 'agency-forwarder',
          logLevel: env.LOG_LEVEL,
          readiness: [EventPublisher, KafkaTransport, PostgresReadiness],
        }),
        ClockModule.forApp(env),
        MessagingModule.forApp('agency-forwarder', env),
        PersistenceModule.forApp('agency-forwarder', env, 6),
        RoutingPolicySourceModule.forApp({ refreshSeconds: env.POLICY_REFRESH_SECONDS }),
        OutboxModule.forStore(postgresOutboxStore),
        DeliveryModule.register(env),
      ],
    };
  }
}
