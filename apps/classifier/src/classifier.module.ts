import { DynamicModule, Module } from '@nestjs/common';
import { AppRuntimeModule } from '@inquiry-router/runtime';
import { AccessModule } from '@inquiry-router/access';
import { ConsumerRegistry, EventPublisher, MessagingModule } from '@inquiry-router/messaging';
import { PersistenceModule, PostgresReadiness } from '@inquiry-router/persistence';
import { ClassifierEnv } from './classifier.env';
import { ActivePolicy } from './active-policy';
import { ActiveModel } from './active-model';
import { ClassifyInquiries } from './classify-inquiries.use-case';
import { InquiryReceivedHandler } from './inquiry-received.handler';
import { PolicyController } from './policy/policy.controller';
import { ReadPolicy } from './policy/read-policy.use-case';
import { CreatePolicyDraft } from './policy/create-policy-draft.use-case';
import { SimulatePolicyDraft } from './policy/simulate-policy-draft.use-case';
import { PublishPolicyDraft } from './policy/publish-policy-draft.use-case';
import { DiscardPolicyDraft } from './policy/discard-policy-draft.use-case';

const policyUseCases = [ReadPolicy, CreatePolicyDraft, SimulatePolicyDraft, PublishPolicyDraft, DiscardPolicyDraft];

@Module({})
export class ClassifierModule {
  static register(env: ClassifierEnv): DynamicModule {
    return {
      module: ClassifierModule,
      imports: [
        AppRuntimeModule.forApp({ name: 'classifier', logLevel: env.LOG_LEVEL, readiness: [EventPublisher, ConsumerRegistry, PostgresReadiness] }),
        MessagingModule.forApp('classifier', env),
        PersistenceModule.forApp('classifier', env, 3),
        AccessModule.forApp(env),
      ],
      controllers: [PolicyController],
      providers: [{ provide: ClassifierEnv, useValue: env }, ActivePolicy, ActiveModel, ClassifyInquiries, InquiryReceivedHandler, ...policyUseCases],
    };
  }
}
