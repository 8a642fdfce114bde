import { DynamicModule, Module } from '@nestjs/common';
import type { DevelopmentToolName } from '@inquiry-router/contracts';
import { inProduction } from '@inquiry-router/runtime';
import { WorkdeskEnv } from '../workdesk.env';
import { DevelopmentToolsController } from './development-tools.controller';
import { DevelopmentTools } from './development-tools';

/**
 * What a developer or a newcomer uses to see the system at work, outside production only: in
 * production this module mounts nothing, so none of its routes answer.
 */
@Module({})
export class DevelopmentModule {
  static register(env: WorkdeskEnv): DynamicModule {
    if (inProduction(env)) return { module: DevelopmentModule };
    const tools: DevelopmentToolName[] = [];
    return {
      module: DevelopmentModule,
      controllers: [DevelopmentToolsController],
      providers: [{ provide: DevelopmentTools, useValue: tools }],
    };
  }
}
