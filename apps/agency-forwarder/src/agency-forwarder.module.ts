import { DynamicModule, Global, Module } from '@nestjs/common';
import { ClockModule, HealthModule, loggerModule } from '@inquiry-router/runtime';
import { EventPublisher, MessagingModule } from '@inquiry-router/messaging';
import { PersistenceModule, PostgresReadiness } from '@inquiry-router/persistence';
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
        ClockModule.forApp(env),
        MessagingModule.forApp('agency-forwarder', env),
        PersistenceModule.forApp('agency-forwarder', env, 6),
        DeliveryModule.register(env),
        HealthModule.forChecks([EventPublisher, DeliveryConsumers, PostgresReadiness]),
      ],
    };
  }
}
