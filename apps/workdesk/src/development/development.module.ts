import { DynamicModule, Module } from '@nestjs/common';
import type { DevelopmentToolName } from '@inquiry-router/contracts';
import { bindPort, SentMessageReader } from '@inquiry-router/persistence';
import { inProduction } from '@inquiry-router/runtime';
import { WorkdeskEnv } from '../workdesk.env';
import { DevelopmentToolsController } from './development-tools.controller';
import { DevelopmentTools } from './development-tools';
import { DevelopmentCalls, PhoneLineNumbers } from './phone/development-calls';
import { DevelopmentPhoneController } from './phone/development-phone.controller';
import { PhoneAdapterWebhooks } from './phone/phone-adapter-webhooks';
import { LocalSinks } from './sent/local-sinks';
import { ReadSentMessages } from './sent/read-sent-messages.use-case';
import { SentController } from './sent/sent.controller';
import { SentRecords, SentSinks } from './sent/sent.ports';

/**
 * What a developer or a newcomer uses to see the system at work, outside production only: in
 * production this module mounts nothing, so none of its routes answer.
 */
@Module({})
export class DevelopmentModule {
  static register(env: WorkdeskEnv): DynamicModule {
    if (inProduction(env)) return { module: DevelopmentModule };
    const tools: DevelopmentToolName[] = ['sent', 'phone'];
    const numbers: PhoneLineNumbers = { support: env.SUPPORT_NUMBER, 'service-desk': env.SERVICEDESK_NUMBER };
    return {
      module: DevelopmentModule,
      controllers: [DevelopmentToolsController, SentController, DevelopmentPhoneController],
      providers: [
        { provide: DevelopmentTools, useValue: tools },
        // Sent: what the local sinks received (LOCAL_SINKS_URL) and the call-back tasks.
        { provide: SentSinks, useValue: new LocalSinks(env.LOCAL_SINKS_URL) },
        bindPort(SentRecords, SentMessageReader),
        ReadSentMessages,
        // The Phone page: the phone adapter's webhooks, signed with its token (read here, outside production only).
        { provide: PhoneAdapterWebhooks, useValue: new PhoneAdapterWebhooks(env.phoneAdapterUrl, env.TWILIO_AUTH_TOKEN ?? null) },
        { provide: PhoneLineNumbers, useValue: numbers },
        DevelopmentCalls,
      ],
    };
  }
}
