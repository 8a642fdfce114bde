import { DynamicModule, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { HealthModule, loggerModule } from '@inquiry-router/runtime';
import { EventPublisher, MessagingModule } from '@inquiry-router/messaging';
import { PersistenceModule, PostgresReadiness } from '@inquiry-router/persistence';
import { LiveQueuesModule, RedisReadiness } from '@inquiry-router/live-queues';
import { ReceiveInquiries } from '@inquiry-router/intake';
import { WorkdeskEnv } from './workdesk.env';
import { AuthController } from './auth/auth.controller';
import { Login } from './auth/login.use-case';
import { RolesGuard } from './auth/roles.guard';
import { InquiriesController } from './inquiries/inquiries.controller';
import { QueuesController } from './queues/queues.controller';
import { ClaimNext } from './queues/claim-next.use-case';

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
        JwtModule.register({ secret: env.jwtSecret, signOptions: { expiresIn: env.JWT_TTL_SECONDS } }),
        HealthModule.forChecks([EventPublisher, PostgresReadiness, RedisReadiness]),
      ],
      controllers: [AuthController, InquiriesController, QueuesController],
      providers: [{ provide: WorkdeskEnv, useValue: env }, Login, RolesGuard, ReceiveInquiries, ClaimNext],
    };
  }
}
