import { DynamicModule, Module } from '@nestjs/common';
import { appRootModule } from '@inquiry-router/runtime';
import { AccessModule } from '@inquiry-router/access';
import { kafkaService } from '@inquiry-router/messaging';
import { bindPort, ClassifierModelRepository, PolicyRepository, postgresService } from '@inquiry-router/persistence';
import { RoutingPolicySourceModule } from '@inquiry-router/routing-policy-source';
import { ClassifierEnv } from './classifier.env';
import { PolicyStore, TextModelStore } from './classifier.ports';
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
    return appRootModule(ClassifierModule, 'classifier', env, {
      services: [kafkaService(), postgresService({ poolSize: 3 })],
      imports: [AccessModule.forApp(env), RoutingPolicySourceModule.forApp({ refreshSeconds: env.POLICY_REFRESH_SECONDS })],
      controllers: [PolicyController, InquiryReceivedHandler],
      providers: [
        bindPort(PolicyStore, PolicyRepository),
        bindPort(TextModelStore, ClassifierModelRepository),
        ActiveModel,
        ClassifyInquiries,
        ...policyUseCases,
      ],
    });
  }
}
