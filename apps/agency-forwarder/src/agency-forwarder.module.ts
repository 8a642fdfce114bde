import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppRuntimeModule } from '@inquiry-router/runtime';
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
        AppRuntimeModule.forApp({ name: 'agency-forwarder', logLevel: env.LOG_LEVEL, readiness: [EventPublisher, DeliveryConsumers, PostgresReadiness] }),
        MessagingModule.forApp('agency-forwarder', env),
        PersistenceModule.forApp('agency-forwarder', env, 6),
        DeliveryModule.register(env),
      ],
    };
  }
}
