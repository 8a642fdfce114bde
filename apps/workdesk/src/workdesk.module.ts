import { DynamicModule, Module } from '@nestjs/common';
import { HealthModule, loggerModule } from '@inquiry-router/runtime';
import { AccessModule } from '@inquiry-router/access';
import { EventPublisher, MessagingModule } from '@inquiry-router/messaging';
import { PersistenceModule, PostgresReadiness } from '@inquiry-router/persistence';
import { LiveQueuesModule, RedisReadiness } from '@inquiry-router/live-queues';
import { ReceiveInquiries } from '@inquiry-router/intake';
import { WorkdeskEnv } from './workdesk.env';
import { AuthController } from './auth/auth.controller';
import { Login } from './auth/login.use-case';
import { InquiriesController } from './inquiries/inquiries.controller';
import { QueuesController } from './queues/queues.controller';
import { ClaimNext } from './queues/claim-next.use-case';
import { ReclassifyInquiryController } from './inquiries/reclassify-inquiry.controller';
import { ReclassifyInquiry } from './inquiries/reclassify-inquiry.use-case';
import { PublishReclassification } from './inquiries/publish-reclassification';
import { AgencyInquiriesController } from './agency/agency-inquiries.controller';
import { AgencyInquiries, ReturnInquiry } from './agency/return-inquiry.use-case';

/** The advisers' and agencies' HTTP API. */
@Module({})
export class WorkdeskModule {
  static register(env: WorkdeskEnv): DynamicModule {
    return {
      module: WorkdeskModule,
      imports: [
        loggerModule('workdesk', env.LOG_LEVEL),
        MessagingModule.forApp('workdesk', env),
        PersistenceModule.forApp('workdesk', env, 10),
        LiveQueuesModule.forApp(env),
        AccessModule.forApp(env),
        HealthModule.forChecks([EventPublisher, PostgresReadiness, RedisReadiness]),
      ],
      controllers: [AuthController, InquiriesController, ReclassifyInquiryController, QueuesController, AgencyInquiriesController],
      providers: [
        { provide: WorkdeskEnv, useValue: env },
        Login,
        ReceiveInquiries,
        ClaimNext,
        PublishReclassification,
        ReclassifyInquiry,
        AgencyInquiries,
        ReturnInquiry,
      ],
    };
  }
}
