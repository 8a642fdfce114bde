import { DynamicModule, Module } from '@nestjs/common';
import { deliverOutboundMessages, outboundMessageHandler, OutboundMessageStore, ReceiveInquiries } from '@inquiry-router/intake';
import { redisService } from '@inquiry-router/live-queues';
import { kafkaService } from '@inquiry-router/messaging';
import { bindPort, OutboundMessageRepository, postgresService } from '@inquiry-router/persistence';
import { appRootModule } from '@inquiry-router/runtime';
import { IncidentsInForceModule } from '@inquiry-router/incidents-in-force';
import { AnswerVoiceWebhook } from './answer-voice-webhook.use-case';
import { AnsweredCalls } from './answered-calls.store';
import { DecisionReplyHandler } from './decision-reply.handler';
import { DecisionWaiter } from './decision-waiter';
import { FormBodyParsing } from './form-body-parsing';
import { openingCalendarModule } from './opening-calendar.provider';
import { PhoneAdapterEnv } from './phone-adapter.env';
import { ReceiveVoicemail } from './receive-voicemail.use-case';
import { SupportNumbers } from './support-numbers';
import { TwilioSignatureGuard } from './twilio-signature.guard';
import { VoiceController } from './voice.controller';
import { CallbackOutboundChannel } from './outbound/callback-outbound-channel';

@Module({})
export class PhoneAdapterModule {
  static register(env: PhoneAdapterEnv): DynamicModule {
    return appRootModule(PhoneAdapterModule, 'phone-adapter', env, {
      services: [
        // Ready once the decision consumer has joined: before that a caller's decision could be missed.
        kafkaService(),
        // Redis only caches answers for retried webhooks; the adapter works without it, so it is no readiness check.
        redisService({ readiness: false }),
        // Postgres for outbound messages (call-back tasks); not a readiness check: calls are answered without it.
        postgresService({ poolSize: 2, readiness: false }),
      ],
      imports: [
        // Ordered opening exceptions, from Postgres; the last ones read stay in force when it is unreachable.
        openingCalendarModule(env),
        // The incidents in force, told before the menu; read on a schedule, the last ones read kept when Postgres is unreachable.
        IncidentsInForceModule.forApp({ refreshSeconds: env.INCIDENTS_REFRESH_SECONDS }),
      ],
      controllers: [VoiceController, DecisionReplyHandler, outboundMessageHandler('phone-adapter')],
      providers: [
        FormBodyParsing,
        bindPort(OutboundMessageStore, OutboundMessageRepository),
        ReceiveInquiries,
        SupportNumbers,
        DecisionWaiter,
        AnsweredCalls,
        AnswerVoiceWebhook,
        ReceiveVoicemail,
        TwilioSignatureGuard,
        CallbackOutboundChannel,
        // Not once by id: the call-back task in the history is the delivery, written once per message id.
        deliverOutboundMessages(CallbackOutboundChannel, { once: false }),
      ],
    });
  }
}
