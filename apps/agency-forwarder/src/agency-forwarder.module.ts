import { DynamicModule, Global, Module } from '@nestjs/common';
import { HealthModule, loggerModule } from '@inquiry-router/runtime';
import { EventPublisher, MessagingModule, OutboxModule } from '@inquiry-router/messaging';
import { PersistenceModule, PostgresReadiness, postgresOutboxStore } from '@inquiry-router/persistence';
import { AgencyForwarderEnv } from './agency-forwarder.env';
import { DeliverForwardedInquiry } from './deliver-forwarded-inquiry.use-case';
import { DeliveryConsumers } from './delivery-consumers';

/** Delivery and its consumers; global so the health module can check the consumers. */
@Global()
@Module({})
class DeliveryModule {
  static register(env: AgencyForwarderEnv): DynamicModule {
    return {
      module: DeliveryModule,
      providers: [{ provide: AgencyForwarderEnv, useValue: env }, DeliverForwardedInquiry, DeliveryConsumers],
      exports: [DeliveryConsumers],
    };
  }
}

@Module({})
export class AgencyForwarderModule {
  static register(env: AgencyForwarderEnv): DynamicModule {
    return {
      module: AgencyForwarderModule,
      imports: [
        loggerModule('agency-forwarder', env.LOG_LEVEL),
        MessagingModule.forApp('agency-forwarder', env),
        PersistenceModule.forApp('agency-forwarder', env, 6),
        OutboxModule.forStore(postgresOutboxStore),
        DeliveryModule.register(env),
        HealthModule.forChecks([EventPublisher, DeliveryConsumers, PostgresReadiness]),
      ],
    };
  }
}
