import * as path from 'node:path';
import { hash } from 'bcryptjs';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { developmentAudience } from '@inquiry-router/access';
import { AdviserRepository, createDataSource, UserRepository } from '@inquiry-router/persistence';
import { LiveQueues } from '@inquiry-router/live-queues';
import { AppProcess, freePort, repoRoot } from '@inquiry-router/local-system';
import { seedWaiting } from '@inquiry-router/testing';
import { benchDatabaseUrl, benchRedisUrl, say } from './bench-system';
import { percentile } from './percentile';
import { CpuAccount, postgresBackendPids } from './process-cpu';

export interface ClaimFigures {
  claims: number;
  advisers: number;
  perSec: number;
  p50Ms: number;
  p99Ms: number;
}

/** CPU per claim in a closed loop, µs: the workdesk instances' and the Postgres backends' (what a claim costs, whatever else runs). */
export interface ClaimCpu {
  workdeskUs: number;
  postgresUs: number;
}

/** Every claim figure of the bench: closed loop from one and from two workdesk instances, and open loop at a human rate. */
export interface ClaimBenchFigures {
  /** 40 advisers claiming without pause from one instance (also `claimsClosedPerSec`). */
  closed: ClaimFigures & { cpu: ClaimCpu };
  /** The same from two instances sharing Postgres and Redis, the advisers split across them. */
  closedTwo: ClaimFigures & { cpu: ClaimCpu };
  /** 40 advisers each claiming once every `intervalMs` on a fixed schedule; latency counted from the scheduled time. */
  open: ClaimFigures & { seconds: number; intervalMs: number };
}

/** One answered claim: who got which inquiry. */
interface Claimed {
  id: string;
  adviser: string;
}

const queueNames = ['first-line', 'second-line', 'servicedesk'] as const;
const channels = ['email', 'social', 'phone'] as const;
const languages = ['nb', 'nn', 'en', null] as const;

/** Advisers skilled for every queue and language, with room for everything (capacity is not what is measured), signed in. */
async function signedInAdvisers(workdeskUrl: string, db: DataSource, label: string, advisers: number, room: number) {
  const users = new UserRepository(db);
  const skills = new AdviserRepository(db);
  const passwordHash = await hash('bench', 4);
  const names = Array.from({ length: advisers }, (_, i) => `bench-adviser-${label}-${i}`);
  for (const username of names) {
    await users.upsert({ username, passwordHash, roles: ['adviser'] });
    await skills.update(username, {
      lines: [...queueNames],
      languages: ['nb', 'nn', 'en'],
      capacity: { phone: room, email: room, social: room },
    });
  }
  return Promise.all(
    names.map(async (username) => {
      const res = await fetch(`${workdeskUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: 'bench' }),
      });
      if (!res.ok) throw new Error(`login of ${username} answered ${res.status}`);
      return { username, token: ((await res.json()) as { token: string }).token };
    }),
  );
}

/** `count` inquiries waiting across the adviser queues (every channel and language). */
async function seedClaimWork(db: DataSource, queues: LiveQueues, count: number): Promise<void> {
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
}

/** One claim over HTTP: the inquiry's id, or null when nothing was left (204). */
async function claimOnce(workdeskUrl: string, token: string): Promise<string | null> {
  const res = await fetch(`${workdeskUrl}/api/work/claim`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  if (res.status === 204) {
    await res.arrayBuffer();
    return null;
  }
  if (res.status !== 200) throw new Error(`claim answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { inquiry: { id: string } }).inquiry.id;
}

function figures(durations: number[], seconds: number, advisers: number): ClaimFigures {
  durations.sort((a, b) => a - b);
  return {
    claims: durations.length,
    advisers,
    perSec: Math.round(durations.length / seconds),
    p50Ms: Number(percentile(durations, 50).toFixed(1)),
    p99Ms: Number(percentile(durations, 99).toFixed(1)),
  };
}

/**
 * Closed loop: every adviser claims again as soon as the last claim is answered, until nothing is
 * left; adviser i talks to instance i mod the number of instances.
 */
async function closedLoop(workdeskUrls: string[], advisers: { username: string; token: string }[]) {
  const durations: number[] = [];
  const claimed: Claimed[] = [];
  const started = performance.now();
  await Promise.all(
    advisers.map(async ({ username, token }, i) => {
      const url = workdeskUrls[i % workdeskUrls.length];
      for (;;) {
        const t = performance.now();
        const id = await claimOnce(url, token);
        if (id === null) return;
        durations.push(performance.now() - t);
        claimed.push({ id, adviser: username });
      }
    }),
  );
  return { durations, claimed, seconds: (performance.now() - started) / 1000 };
}

/**
 * Open loop: each adviser claims once every `intervalMs` on a fixed schedule, whatever the
 * answers take (starts staggered across the interval). A claim's latency runs from its scheduled
 * time, so time spent waiting behind earlier claims — in the workdesk or in this process — counts.
 */
async function openLoop(workdeskUrl: string, advisers: { username: string; token: string }[], seconds: number, intervalMs: number) {
  const durations: number[] = [];
  const claimed: Claimed[] = [];
  const origin = performance.now() + 100;
  const rounds = Math.max(1, Math.floor((seconds * 1000) / intervalMs));
  const pending: Promise<void>[] = [];
  await Promise.all(
    advisers.map(async ({ username, token }, i) => {
      const offset = (i * intervalMs) / advisers.length;
      for (let k = 0; k < rounds; k++) {
        const scheduled = origin + offset + k * intervalMs;
        const wait = scheduled - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        pending.push(
          claimOnce(workdeskUrl, token).then((id) => {
            if (id === null) throw new Error('the open-loop claim found nothing waiting: seed more work');
            durations.push(performance.now() - scheduled);
            claimed.push({ id, adviser: username });
          }),
        );
      }
    }),
  );
  await Promise.all(pending);
  return { durations, claimed, seconds: (performance.now() - origin) / 1000 };
}

/**
 * Fails the bench unless every claim was exactly once: no inquiry handed to two advisers, and each
 * one handed out recorded in Postgres as reserved for that adviser (with one `reserved` history
 * row) and in Redis as that adviser's reservation; nor does Postgres hold reservations for these
 * advisers that no answer handed out.
 */
async function checkClaimedOnce(db: DataSource, queues: LiveQueues, claimed: Claimed[], advisers: string[]): Promise<void> {
  const ids = claimed.map((c) => c.id);
  const twice = ids.length - new Set(ids).size;
  if (twice > 0) throw new Error(`claim bench: ${twice} inquiries were handed out twice`);
  const rows: { id: string; reserved_by: string | null; status: string; reservations: number }[] = await db.query(
    `SELECT i.id, i.reserved_by, i.status,
            (SELECT count(*)::int FROM inquiry_history h WHERE h.inquiry_id = i.id AND h.event = 'reserved') AS reservations
       FROM inquiries i WHERE i.id = ANY($1::text[])`,
    [ids],
  );
  const recorded = new Map(rows.map((r) => [r.id, r]));
  const redisHeld = new Map((await queues.reservations()).map((r) => [r.id, r.adviser]));
  const wrong = claimed.filter(({ id, adviser }) => {
    const row = recorded.get(id);
    return !row || row.status !== 'queued' || row.reserved_by !== adviser || row.reservations !== 1 || redisHeld.get(id) !== adviser;
  });
  if (wrong.length > 0)
    throw new Error(
      `claim bench: ${wrong.length} of ${claimed.length} claims not recorded as reserved for their adviser in Postgres and Redis (first: ${wrong[0].id})`,
    );
  const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM inquiries WHERE reserved_by = ANY($1::text[])`, [
    advisers,
  ]);
  if (n !== claimed.length)
    throw new Error(`claim bench: Postgres records ${n} reservations for the bench's advisers, ${claimed.length} were answered`);
}

export interface ClaimBenchOptions {
  /** Inquiries drained by each closed-loop run. */
  count: number;
  advisers?: number;
  /** How long the open loop runs, and each adviser's pause between claims in it. */
  openSeconds?: number;
  openIntervalMs?: number;
  /** Told of the first workdesk process, e.g. to read its peak RSS with the other apps'. */
  started?: (workdesk: AppProcess) => void;
}

/**
 * Claims over HTTP against real workdesk processes (their own Redis key prefix, so their queues
 * hold only what this bench puts there, verifying tokens from the first instance's development
 * issuer): the open loop at a human rate, then the closed loop from one instance, then from two.
 * Every run is checked for exactly-once claims before its figures count.
 */
export async function benchClaimsEverywhere(
  baseEnv: NodeJS.ProcessEnv,
  runId: string,
  options: ClaimBenchOptions,
): Promise<ClaimBenchFigures> {
  const advisers = options.advisers ?? 40;
  const openSeconds = options.openSeconds ?? Number(process.env.BENCH_CLAIM_OPEN_SECONDS ?? 20);
  const openIntervalMs = options.openIntervalMs ?? 2000;
  const prefix = `bench:${runId}:claims:`;
  const firstPort = baseEnv.WORKDESK_PORT ?? String(await freePort());
  const env: NodeJS.ProcessEnv = {
    ...baseEnv,
    WORKDESK_PORT: firstPort,
    REDIS_KEY_PREFIX: prefix,
    OIDC_ISSUER: `http://127.0.0.1:${firstPort}`,
    OIDC_AUDIENCE: developmentAudience,
    // No reservation goes back during the bench, by lapsing or by an adviser of an earlier run going
    // silent: one that did would rightly be handed out again, and the check would count it twice.
    WORK_POLICY_OVERRIDES: JSON.stringify({
      queues: Object.fromEntries(queueNames.map((q) => [q, { reservationSeconds: 3600 }])),
    }),
    ADVISER_HEARTBEAT_TIMEOUT_SECONDS: '3600',
  };
  const logOf = (n: number) => path.join(repoRoot(), 'test-artifacts/logs', `bench-${runId}-workdesk-${n}.log`);
  const first = new AppProcess('workdesk', env, logOf(1));
  options.started?.(first);
  const second = new AppProcess('workdesk', { ...env, WORKDESK_PORT: String(await freePort()) }, logOf(2));
  const firstUrl = `http://127.0.0.1:${first.port}`;
  const redis = new Redis(benchRedisUrl);
  const db = await createDataSource(benchDatabaseUrl, { poolSize: 3, applicationName: 'bench' }).initialize();
  try {
    const queues = new LiveQueues(redis, prefix);
    await queues.markBuilt();
    first.start();
    await first.waitUntilReady(90_000);

    const openRounds = Math.max(1, Math.floor((openSeconds * 1000) / openIntervalMs));
    say(`bench: claims, open loop: ${advisers} advisers each claiming every ${openIntervalMs} ms for ${openSeconds} s, one workdesk...`);
    const openAdvisers = await signedInAdvisers(firstUrl, db, `${runId}-open`, advisers, advisers * openRounds);
    // Exactly what the open loop takes, so nothing is left over for the closed loop to count.
    await seedClaimWork(db, queues, advisers * openRounds);
    const open = await openLoop(firstUrl, openAdvisers, openSeconds, openIntervalMs);
    await checkClaimedOnce(
      db,
      queues,
      open.claimed,
      openAdvisers.map((a) => a.username),
    );
    const openFigures = { ...figures(open.durations, open.seconds, advisers), seconds: openSeconds, intervalMs: openIntervalMs };
    say(`  open loop: ${openFigures.claims} claims, p50 ${openFigures.p50Ms} ms, p99 ${openFigures.p99Ms} ms`);

    /** The closed loop against the workdesks at `on`: fresh advisers drain `options.count` inquiries without pause. */
    const closedLoopOn = async (on: AppProcess[], tag: string, what: string) => {
      say(`bench: claims, closed loop: ${options.count} inquiries claimed by ${advisers} advisers without pause, ${what}...`);
      const onUrls = on.map((p) => `http://127.0.0.1:${p.port}`);
      const signedIn = await signedInAdvisers(onUrls[0], db, `${runId}-${tag}`, advisers, options.count);
      await seedClaimWork(db, queues, options.count);
      const cpu = new CpuAccount(async () => ({
        workdesk: on.flatMap((p) => (p.child?.pid ? [p.child.pid] : [])),
        postgres: await postgresBackendPids(db),
      }));
      await cpu.start();
      const run = await closedLoop(onUrls, signedIn);
      const used = await cpu.stop();
      await checkClaimedOnce(
        db,
        queues,
        run.claimed,
        signedIn.map((a) => a.username),
      );
      const perClaim = (ms: number) => Math.round((ms * 1000) / Math.max(1, run.claimed.length));
      const result = {
        ...figures(run.durations, run.seconds, advisers),
        cpu: { workdeskUs: perClaim(used.workdesk), postgresUs: perClaim(used.postgres) },
      };
      say(
        `  ${what}: ${result.perSec} claims/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms; CPU per claim ${result.cpu.workdeskUs} µs workdesk, ${result.cpu.postgresUs} µs Postgres`,
      );
      return result;
    };
    const closedFigures = await closedLoopOn([first], 'closed', 'one workdesk');
    second.start();
    await second.waitUntilReady(90_000);
    const twoFigures = await closedLoopOn([first, second], 'two', 'two workdesks');
    return { open: openFigures, closed: closedFigures, closedTwo: twoFigures };
  } finally {
    await Promise.all([first.stop(), second.stop()]);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await db.destroy();
  }
}

/** The claim figures as `npm run bench` names them in its JSON line. */
export function claimJsonFigures(claims: ClaimBenchFigures) {
  return {
    claimP50Ms: claims.closed.p50Ms,
    claimP99Ms: claims.closed.p99Ms,
    claimsPerSec: claims.closed.perSec,
    claimOpenP50Ms: claims.open.p50Ms,
    claimOpenP99Ms: claims.open.p99Ms,
    claimsClosedPerSec: claims.closed.perSec,
    claimsClosedTwoPerSec: claims.closedTwo.perSec,
    claimCpuUs: claims.closed.cpu,
  };
}

/** The claim rows of `npm run bench`'s table. */
export function claimTableRows({ open, closed, closedTwo }: ClaimBenchFigures): string[] {
  return [
    `| claim latency, ${open.advisers} advisers each claiming every ${open.intervalMs / 1000} s (open loop, ${open.claims} claims; p50 / p99 ms) | ${open.p50Ms} / ${open.p99Ms} |`,
    `| claim latency, ${closed.advisers} advisers at once without pause, one workdesk (p50 / p99 ms; claims/s) | ${closed.p50Ms} / ${closed.p99Ms}; ${closed.perSec} |`,
    `| claims, ${closedTwo.advisers} advisers at once without pause, two workdesks (p50 / p99 ms; claims/s) | ${closedTwo.p50Ms} / ${closedTwo.p99Ms}; ${closedTwo.perSec} |`,
    `| CPU per claim, closed loop, one workdesk (µs: workdesk / Postgres backends) | ${closed.cpu.workdeskUs} / ${closed.cpu.postgresUs} |`,
  ];
}
