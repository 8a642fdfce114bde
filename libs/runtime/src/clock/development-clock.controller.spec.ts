// Unit: Nest apps in this process with ClockModule as every app has it, in development and in production.
import type { Server } from 'node:http';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { ProblemDetailsFilter } from '../errors/problem-details.filter';
import { RequestValidationPipe } from '../errors/request-validation.pipe';
import { Clock } from './clock';
import type { ClockReading } from './development-clock.controller';
import type { ProblemDocument } from '../errors/problem-details';
import { ClockModule } from './clock.module';

async function appWith(nodeEnv: 'development' | 'production'): Promise<INestApplication<Server>> {
  const moduleRef = await Test.createTestingModule({
    imports: [ClockModule.forApp({ NODE_ENV: nodeEnv, CLOCK_STARTS_AT: undefined })],
  }).compile();
  const app = moduleRef.createNestApplication<INestApplication<Server>>({ logger: false });
  app.useGlobalPipes(new RequestValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  return app.init();
}

describe('the development clock', () => {
  let app: INestApplication<Server>;
  beforeAll(async () => (app = await appWith('development')));
  afterAll(() => app.close());

  it('sets the app clock to an instant with its offset, runs on from it, and goes back to real time', async () => {
    const set: { body: ClockReading } = await request(app.getHttpServer())
      .put('/development/clock')
      .send({ at: '2026-12-07T21:30:00+01:00' })
      .expect(200);
    expect(set.body.now.slice(0, 16)).toBe('2026-12-07T20:30');
    expect(Math.abs(app.get(Clock).now().getTime() - Date.parse('2026-12-07T20:30:00Z'))).toBeLessThan(2000);
    const read: { body: ClockReading } = await request(app.getHttpServer()).get('/development/clock').expect(200);
    expect(read.body.offsetMs).toBe(set.body.offsetMs);

    const reset: { body: ClockReading } = await request(app.getHttpServer()).delete('/development/clock').expect(200);
    expect(reset.body.offsetMs).toBe(0);
    expect(Math.abs(app.get(Clock).now().getTime() - Date.now())).toBeLessThan(1000);
  });

  it('refuses an instant without its offset or not an instant, saying why', async () => {
    const noOffset: { body: ProblemDocument } = await request(app.getHttpServer())
      .put('/development/clock')
      .send({ at: '2026-12-07T09:30:00' })
      .expect(400);
    expect(noOffset.body.detail).toContain('must carry its offset');
    const notAnInstant: { body: ProblemDocument } = await request(app.getHttpServer())
      .put('/development/clock')
      .send({ at: 'monday morning' })
      .expect(400);
    expect(notAnInstant.body.detail).toContain('ISO 8601');
  });

  it('is not there in production', async () => {
    const production = await appWith('production');
    try {
      await request(production.getHttpServer()).get('/development/clock').expect(404);
      await request(production.getHttpServer()).put('/development/clock').send({ at: '2026-12-07T09:30:00+01:00' }).expect(404);
    } finally {
      await production.close();
    }
  });
});
