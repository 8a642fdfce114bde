import { DynamicModule, Module } from '@nestjs/common';
import { ReceiveInquiries } from '@inquiry-router/intake';
import { LiveQueuesModule } from '@inquiry-router/live-queues';
import { EventPublisher, KafkaTransport, MessagingModule } from '@inquiry-router/messaging';
import { PersistenceModule } from '@inquiry-router/persistence';
import { AppRuntimeModule, ClockModule } from '@inquiry-router/runtime';
import { AnswerVoiceWebhook } from './answer-voice-webhook.use-case';
import { AnsweredCalls } from './answered-calls.store';
import { DecisionReplyHandler } from './decision-reply.handler';
import { DecisionWaiter } from './decision-waiter';
import { openingCalendarModule } from './opening-calendar.provider';
import { PhoneAdapterEnv } from './phone-adapter.env';
import { ReceiveVoicemail } from './receive-voicemail.use-case';
import { SupportNumbers } from './support-numbers';
import { TwilioSignatureGuard } from './twilio-signature.guard';
import { VoiceController } from './voice.controller';
import { CallbackOutboundChannel } from './outbound/callback-outbound-channel';
import { OutboundMessageHandler } from './outbound/outbound-message.handler';

@Module({})
export class PhoneAdapterModule {
  static register(env: PhoneAdapterEnv): DynamicModule {
    return {
      module: PhoneAdapterModule,
      imports: [
        // Ready once the decision consumer has joined: before that a caller's decision could be missed.
        AppRuntimeModule.forApp({ name: 'phone-adapter', logLevel: env.LOG_LEVEL, readiness: [EventPublisher, KafkaTransport] }),
        ClockModule.forApp(env),
        MessagingModule.forApp('phone-adapter', env),
        // Redis only caches answers for retried webhooks; the adapter works without it, so it is no readiness check.
        LiveQueuesModule.forApp(env),
        // Postgres for outbound messages (call-back tasks); not a readiness check: calls are answered without it.
        PersistenceModule.forApp('phone-adapter', env, 2),
        // Ordered opening exceptions, from Postgres; the last ones read stay in force when it is unreachable.
        openingCalendarModule(env),
      ],
      controllers: [VoiceController, DecisionReplyHandler, OutboundMessageHandler],
      providers: [
        { provide: PhoneAdapterEnv, useValue: env },
        ReceiveInquiries,
        SupportNumbers,
        DecisionWaiter,
        AnsweredCalls,
        AnswerVoiceWebhook,
        ReceiveVoicemail,
        TwilioSignatureGuard,
        CallbackOutboundChannel,
      ],
    };
  }
}
