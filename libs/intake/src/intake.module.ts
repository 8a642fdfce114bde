import { DynamicModule, Module } from '@nestjs/common';
import { CommonEnv, HealthModule, loggerModule } from '@inquiry-router/runtime';
import { EventPublisher, MessagingModule } from '@inquiry-router/messaging';
import { ReceiveInquiries } from './receive-inquiries.use-case';

/**
 * What every channel adapter stands on: logging, Kafka, health, and the ReceiveInquiries use case.
 * An adapter adds only its channel's transport (SMTP server, webhook controllers).
 */
@Module({})
export class IntakeModule {
  static register(app: string, env: CommonEnv): DynamicModule {
    return {
      module: IntakeModule,
      imports: [
        loggerModule(app, env.LOG_LEVEL),
        MessagingModule.forApp(app, env),
        HealthModule.forChecks([EventPublisher]),
      ],
      providers: [ReceiveInquiries],
      exports: [ReceiveInquiries],
    };
  }
}
