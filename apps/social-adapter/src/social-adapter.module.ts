import { DynamicModule, Module } from '@nestjs/common';
import { appRootModule } from '@inquiry-router/runtime';
import { SupportCalendarModule } from '@inquiry-router/support-calendar';
import { kafkaService } from '@inquiry-router/messaging';
import { bindPort, OutboundMessageRepository, postgresService } from '@inquiry-router/persistence';
import { redisService } from '@inquiry-router/live-queues';
import { deliverOutboundMessages, OnceGuard, outboundMessageHandler, OutboundMessageStore, ReceiveInquiries } from '@inquiry-router/intake';
import { SocialAdapterEnv } from './social-adapter.env';
import { WebhookBodyParsing } from './http/webhook-body-parsing';
import { MetaWebhookController } from './meta/meta-webhook.controller';
import { XWebhookController } from './x/x-webhook.controller';
import { ReceiveSocialMessages } from './receive-social-messages.use-case';
import { ConversationThreads } from './conversations/conversation-threads';
import { AcknowledgeConversation } from './replies/acknowledge-conversation.use-case';
import { SendReply } from './replies/send-reply.use-case';
import { REPLY_SENDERS } from './replies/reply-sender';
import { MetaReplySender } from './replies/meta-reply-sender';
import { XReplySender } from './replies/x-reply-sender';
import { SocialRecipients } from './outbound/social-recipients';
import { SocialOutboundChannel } from './outbound/social-outbound-channel';

/**
 * Meta and X webhooks in, inquiries out; Redis keeps conversations and sent acknowledgements.
 * Outbound messages for social (`outbound.message.v1`) go out through the platforms' send APIs;
 * Postgres gives their recipients and records what was sent.
 */
@Module({})
export class SocialAdapterModule {
  static register(env: SocialAdapterEnv): DynamicModule {
    return appRootModule(SocialAdapterModule, 'social-adapter', env, {
      // Each webhook sends a few Redis commands; those of the webhooks handled at once share a write.
      services: [kafkaService(), redisService({ autoPipelining: true }), postgresService({ poolSize: 3 })],
      imports: [
        // Opening hours and service levels, for the expected answer time in acknowledgements.
        SupportCalendarModule.forApp({ refreshSeconds: env.OPENING_HOURS_REFRESH_SECONDS }),
      ],
      controllers: [MetaWebhookController, XWebhookController, outboundMessageHandler('social-adapter')],
      providers: [
        bindPort(OutboundMessageStore, OutboundMessageRepository),
        WebhookBodyParsing,
        ReceiveInquiries,
        ReceiveSocialMessages,
        ConversationThreads,
        AcknowledgeConversation,
        SendReply,
        SocialRecipients,
        SocialOutboundChannel,
        OnceGuard.provider(env.REDIS_KEY_PREFIX),
        deliverOutboundMessages(SocialOutboundChannel, { once: true }),
        { provide: REPLY_SENDERS, useValue: [new MetaReplySender(env), new XReplySender(env)] },
      ],
    });
  }
}
