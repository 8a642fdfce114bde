import { DynamicModule, Module } from '@nestjs/common';
import { HealthModule, loggerModule } from '@inquiry-router/runtime';
import { ConsumerRegistry, EventPublisher, MessagingModule } from '@inquiry-router/messaging';
import { PersistenceModule, PostgresReadiness } from '@inquiry-router/persistence';
import { AgencyForwarderEnv } from './agency-forwarder.env';
import { RecordDeliveries } from './record-deliveries.use-case';
import { InquiryForwardedHandler } from './inquiry-forwarded.handler';

@Module({})
export class AgencyForwarderModule {
  static register(env: AgencyForwarderEnv): DynamicModule {
    return {
      module: AgencyForwarderModule,
      imports: [
        loggerModule('agency-forwarder', env.LOG_LEVEL),
        MessagingModule.forApp('agency-forwarder', env),
        PersistenceModule.forApp('agency-forwarder', env, 3),
        HealthModule.forChecks([EventPublisher, ConsumerRegistry, PostgresReadiness]),
      ],
      providers: [RecordDeliveries, InquiryForwardedHandler],
    };
  }
}
