import { DynamicModule, Module } from '@nestjs/common';
import { HealthModule, loggerModule } from '@inquiry-router/runtime';
import { ConsumerRegistry, EventPublisher, MessagingModule } from '@inquiry-router/messaging';
import { PersistenceModule, PostgresReadiness } from '@inquiry-router/persistence';
import { ClassifierEnv } from './classifier.env';
import { ActivePolicy } from './active-policy';
import { ClassifyInquiries } from './classify-inquiries.use-case';
import { InquiryReceivedHandler } from './inquiry-received.handler';

@Module({})
export class ClassifierModule {
  static register(env: ClassifierEnv): DynamicModule {
    return {
      module: ClassifierModule,
      imports: [
        loggerModule('classifier', env.LOG_LEVEL),
        MessagingModule.forApp('classifier', env),
        PersistenceModule.forApp('classifier', env, 3),
        HealthModule.forChecks([EventPublisher, ConsumerRegistry, PostgresReadiness]),
      ],
      providers: [{ provide: ClassifierEnv, useValue: env }, ActivePolicy, ClassifyInquiries, InquiryReceivedHandler],
    };
  }
}
