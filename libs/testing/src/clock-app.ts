import type { Server } from 'node:http';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ClockModule, ProblemDetailsFilter, RequestValidationPipe } from '@inquiry-router/runtime';

/**
 * A Nest app in this process with only the ClockModule every app has (its development clock API
 * outside production), refusing bad requests as every app does. Not started: `init()` it for
 * supertest, or `listen()` for a client that finds it by URL.
 */
export async function clockOnlyApp(nodeEnv: 'development' | 'production'): Promise<INestApplication<Server>> {
  const moduleRef = await Test.createTestingModule({
    imports: [ClockModule.forApp({ NODE_ENV: nodeEnv, CLOCK_STARTS_AT: undefined })],
  }).compile();
  const app = moduleRef.createNestApplication<INestApplication<Server>>({ logger: false });
  app.useGlobalPipes(new RequestValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  return app;
}
