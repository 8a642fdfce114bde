// Unit: Nest apps in this process with ClockModule as every app has it, in development and in production.
import type { Server } from 'node:http';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { clockOnlyApp } from '@inquiry-router/testing';
import { Clock } from './clock';
import type { ClockReading } from './development-clock.controller';
import type { ProblemDocument } from '../errors/problem-details';

const appWith = async (nodeEnv: 'development' | 'production'): Promise<INestApplication<Server>> => (await clockOnlyApp(nodeEnv)).init();

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
