import { DynamicModule, Module } from '@nestjs/common';
import type { DevelopmentToolName } from '@inquiry-router/contracts';
import { bindPort, SentMessageReader } from '@inquiry-router/persistence';
import { inProduction } from '@inquiry-router/runtime';
import { WorkdeskEnv } from '../workdesk.env';
import { DevelopmentToolsController } from './development-tools.controller';
import { DevelopmentTools } from './development-tools';
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
    const tools: DevelopmentToolName[] = ['sent'];
    return {
      module: DevelopmentModule,
      controllers: [DevelopmentToolsController, SentController],
      providers: [
        { provide: DevelopmentTools, useValue: tools },
        // Sent: what the local sinks received (LOCAL_SINKS_URL) and the call-back tasks.
        { provide: SentSinks, useValue: new LocalSinks(env.LOCAL_SINKS_URL) },
        bindPort(SentRecords, SentMessageReader),
        ReadSentMessages,
      ],
    };
  }
}
