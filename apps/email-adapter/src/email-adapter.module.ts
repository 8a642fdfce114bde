import { DynamicModule, Module } from '@nestjs/common';
import { EventPublisher, MessagingModule } from '@inquiry-router/messaging';
import { ReceiveInquiries } from '@inquiry-router/intake';
import { LiveQueuesModule, RedisReadiness } from '@inquiry-router/live-queues';
import { PersistenceModule, PostgresReadiness } from '@inquiry-router/persistence';
import { HealthModule, loggerModule } from '@inquiry-router/runtime';
import { EMAIL_ENV, EmailAdapterEnv } from './email-adapter.env';
import { AcknowledgeInquiry } from './acknowledge-inquiry.use-case';
import { ReceiveMail } from './receive-mail.use-case';
import { SmtpIntakeServer } from './smtp-intake.server';

/**
 * Logging, Kafka and the common intake (ReceiveInquiries), plus Postgres for attachment contents,
 * Redis for the once-only receipts, and the SMTP server; readiness covers all of them.
 */
@Module({})
export class EmailAdapterModule {
  static register(env: EmailAdapterEnv): DynamicModule {
    return {
      module: EmailAdapterModule,
      // Global so HealthModule can inject SmtpIntakeServer as one of its readiness checks.
      global: true,
      imports: [
        loggerModule('email-adapter', env.LOG_LEVEL),
        MessagingModule.forApp('email-adapter', env),
        PersistenceModule.forApp('email-adapter', env, 4),
        LiveQueuesModule.forApp(env),
        HealthModule.forChecks([EventPublisher, PostgresReadiness, RedisReadiness, SmtpIntakeServer]),
      ],
      providers: [{ provide: EMAIL_ENV, useValue: env }, ReceiveInquiries, AcknowledgeInquiry, ReceiveMail, SmtpIntakeServer],
      exports: [SmtpIntakeServer],
    };
  }
}
