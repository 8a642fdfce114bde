import { DynamicModule, Module } from '@nestjs/common';
import { kafkaService } from '@inquiry-router/messaging';
import { deliverOutboundMessages, OnceGuard, outboundMessageHandler, OutboundMessageStore, ReceiveInquiries } from '@inquiry-router/intake';
import { redisService } from '@inquiry-router/live-queues';
import { AttachmentStore, bindPort, OutboundMessageRepository, postgresService } from '@inquiry-router/persistence';
import { appRootModule } from '@inquiry-router/runtime';
import { SupportCalendarModule } from '@inquiry-router/support-calendar';
import { EmailAdapterEnv } from './email-adapter.env';
import { AttachmentContents } from './email-adapter.ports';
import { AcknowledgeInquiry } from './acknowledge-inquiry.use-case';
import { ReceiveMail } from './receive-mail.use-case';
import { SmtpIntakeServer } from './smtp-intake.server';
import { EmailOutboundChannel } from './outbound/email-outbound-channel';

/**
 * Logging, Kafka and the common intake (ReceiveInquiries), plus Postgres for attachment contents,
 * Redis for the once-only receipts, and the SMTP server; readiness covers all of them. Outbound
 * messages for email (`outbound.message.v1`) go out through the relay.
 */
@Module({})
export class EmailAdapterModule {
  static register(env: EmailAdapterEnv): DynamicModule {
    return appRootModule(EmailAdapterModule, 'email-adapter', env, {
      services: [kafkaService(), postgresService({ poolSize: 4 }), redisService()],
      readiness: [SmtpIntakeServer],
      // Global so HealthModule can inject SmtpIntakeServer as one of its readiness checks.
      global: true,
      imports: [
        // Opening hours and service levels, for the expected answer time in acknowledgements.
        SupportCalendarModule.forApp({ refreshSeconds: env.OPENING_HOURS_REFRESH_SECONDS }),
      ],
      controllers: [outboundMessageHandler('email-adapter')],
      providers: [
        bindPort(AttachmentContents, AttachmentStore),
        bindPort(OutboundMessageStore, OutboundMessageRepository),
        ReceiveInquiries,
        AcknowledgeInquiry,
        ReceiveMail,
        SmtpIntakeServer,
        EmailOutboundChannel,
        OnceGuard.provider(env.REDIS_KEY_PREFIX),
        deliverOutboundMessages(EmailOutboundChannel, { once: true }),
      ],
      exports: [SmtpIntakeServer],
    });
  }
}
