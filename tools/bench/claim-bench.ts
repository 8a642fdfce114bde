import { hash } from 'bcryptjs';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AdviserRepository, UserRepository } from '@inquiry-router/persistence';
import { LiveQueues } from '@inquiry-router/live-queues';
import { seedWaiting } from '@inquiry-router/testing';
import { percentile } from './percentile';

export interface ClaimFigures {
  claims: number;
  advisers: number;
  perSec: number;
  p50Ms: number;
  p99Ms: number;
}

/**
 * Claim latency as advisers see it: `count` inquiries waiting across the adviser queues (every
 * channel and language), `advisers` advisers claiming at once over HTTP until nothing is left;
 * each claim's round trip is timed (reserve in Redis, confirm in Postgres, the inquiry returned).
 */
export async function benchClaims(
  workdeskUrl: string,
  db: DataSource,
  queues: LiveQueues,
  count: number,
  advisers = 40,
): Promise<ClaimFigures> {
  const run = randomBytes(3).toString('hex');
  const users = new UserRepository(db);
  const skills = new AdviserRepository(db);
  const passwordHash = await hash('bench', 4);
  const names = Array.from({ length: advisers }, (_, i) => `bench-adviser-${run}-${i}`);
  for (const username of names) {
    await users.upsert({ username, passwordHash, roles: ['adviser'] });
    // Capacity is not what is measured: room for everything.
    await skills.update(username, {
      lines: ['first-line', 'second-line', 'servicedesk'],
      languages: ['nb', 'nn', 'en'],
      capacity: { phone: count, email: count, social: count },
    });
  }
  const tokens = await Promise.all(
    names.map(async (username) => {
      const res = await fetch(`${workdeskUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: 'bench' }),
      });
      return ((await res.json()) as { token: string }).token;
    }),
  );
  const queueNames = ['first-line', 'second-line', 'servicedesk'] as const;
  const channels = ['email', 'social', 'phone'] as const;
  const languages = ['nb', 'nn', 'en', null] as const;
  await seedWaiting(
    db,
    queues,
    Array.from({ length: count }, (_, i) => ({
      queue: queueNames[i % 3],
      channel: channels[i % 3 === 0 ? 0 : i % 2 ? 1 : 2],
      language: languages[i % 4],
      receivedAt: new Date(Date.now() - count + i),
    })),
  );
  const durations: number[] = [];
  const started = performance.now();
  await Promise.all(
    tokens.map(async (token) => {
      for (;;) {
        const t = performance.now();
        const res = await fetch(`${workdeskUrl}/api/work/claim`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
        await res.arrayBuffer();
        if (res.status === 204) return;
        if (res.status !== 200) throw new Error(`claim answered ${res.status}`);
        durations.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  durations.sort((a, b) => a - b);
  return {
    claims: durations.length,
    advisers,
    perSec: Math.round(durations.length / seconds),
    p50Ms: Number(percentile(durations, 50).toFixed(1)),
    p99Ms: Number(percentile(durations, 99).toFixed(1)),
  };
}
