import { DataSource } from 'typeorm';
import { Topics } from '@inquiry-router/contracts';
import { EventPublisher } from '@inquiry-router/messaging';
import { createDataSource } from '@inquiry-router/persistence';
import { AppName, AppProcess } from '@inquiry-router/local-system';
import { percentile } from './percentile';
import { brokerPid, CpuAccount, postgresBackendPids } from './process-cpu';
import { Buckets, bucketsBetween, bucketsOf, percentileOfBuckets } from './histogram';
import { benchDatabaseUrl, benchInquiries, peakRssMbOf, publishBenchInquiries, say, startBenchRun } from './bench-system';

export interface PipelineFigures {
  seconds: number;
  /** Ingest → recorded in Postgres (the router's insert), per inquiry, ascending (ms). */
  latencies: number[];
}

export interface SteadyFigures extends PipelineFigures {
  /** Ingest → waiting in its live queue (after the commit and the Redis enqueue), from the router's histogram (ms). */
  queuedP50Ms: number;
  queuedP99Ms: number;
}

const queuedHistogram = 'inquiry_router_ingest_to_queued_seconds';

async function queuedBuckets(routerUrl: string): Promise<Buckets> {
  const res = await fetch(`${routerUrl}/metrics`);
  if (!res.ok) throw new Error(`router metrics answered ${res.status}`);
  return bucketsOf(await res.text(), queuedHistogram);
}

/** The apps an inquiry passes through from `inquiry.received.v1` to its queue or agency. */
export const pipelineApps: AppName[] = ['classifier', 'router', 'agency-forwarder'];

async function countRouted(db: DataSource, idPrefix: string): Promise<number> {
  const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM inquiries WHERE id LIKE $1`, [`${idPrefix}%`]);
  return n;
}

async function waitUntilRouted(db: DataSource, idPrefix: string, count: number, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const n = await countRouted(db, idPrefix);
    if (n >= count) return;
    if (Date.now() > deadline) throw new Error(`only ${n} of ${count} inquiries were routed within ${withinMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Each inquiry's time from being published (its receivedAt) to its routing recorded, ascending; and the last one's end. */
async function latenciesOf(db: DataSource, idPrefix: string): Promise<{ latencies: number[]; finishedMs: number }> {
  const rows: { latency_ms: number; recorded_ms: number }[] = await db.query(
    `SELECT extract(epoch FROM (recorded_at - received_at)) * 1000 AS latency_ms, extract(epoch FROM recorded_at) * 1000 AS recorded_ms
       FROM inquiries WHERE id LIKE $1`,
    [`${idPrefix}%`],
  );
  return {
    latencies: rows.map((r) => Number(r.latency_ms)).sort((a, b) => a - b),
    finishedMs: Math.max(...rows.map((r) => Number(r.recorded_ms))),
  };
}

export interface BurstFigures extends PipelineFigures {
  /** CPU each part used per inquiry during the burst (µs): the app processes, Postgres, the broker, and this process publishing. */
  cpuUsPerInquiry: Record<string, number>;
}

/**
 * A burst: `count` inquiries published as fast as Kafka takes them; throughput from the first
 * publish to the last routed, and the CPU each part of the pipeline used for it.
 */
export async function pipelineBurst(
  db: DataSource,
  publisher: EventPublisher,
  processes: AppProcess[],
  idPrefix: string,
  count: number,
): Promise<BurstFigures> {
  // Found once: another broker (a test's private one) may start meanwhile.
  const broker = [brokerPid()].filter((pid): pid is number => pid !== null);
  const cpu = new CpuAccount(async () => ({
    ...Object.fromEntries(processes.map((p) => [p.name, p.child?.pid ? [p.child.pid] : []])),
    postgres: await postgresBackendPids(db),
    broker,
    publisher: [process.pid],
  }));
  await cpu.start();
  const started = await publishBenchInquiries(publisher, idPrefix, count);
  await waitUntilRouted(db, idPrefix, count, 10 * 60_000);
  const used = await cpu.stop();
  const { latencies, finishedMs } = await latenciesOf(db, idPrefix);
  const cpuUsPerInquiry = Object.fromEntries(Object.entries(used).map(([part, ms]) => [part, Math.round((ms * 1000) / count)]));
  return { seconds: (finishedMs - started) / 1000, latencies, cpuUsPerInquiry };
}

/**
 * A steady offered load: `ratePerSec` inquiries a second for `seconds`, published on a fixed
 * schedule whatever the pipeline does (open loop), each stamped with the moment it is published.
 */
export async function pipelineSteady(
  db: DataSource,
  publisher: EventPublisher,
  routerUrl: string,
  idPrefix: string,
  ratePerSec: number,
  seconds: number,
): Promise<SteadyFigures> {
  const before = await queuedBuckets(routerUrl);
  const tickMs = 10;
  const total = Math.round(ratePerSec * seconds);
  const started = Date.now();
  const sends: Promise<void>[] = [];
  let sent = 0;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((Date.now() - started) / 1000) * ratePerSec) + 1);
    if (due > sent) {
      const batch = benchInquiries(idPrefix, sent, due, new Date().toISOString());
      sends.push(
        publisher.publish(
          Topics.InquiryReceived,
          batch.map((inquiry) => ({ key: inquiry.id, value: { inquiry } })),
        ),
      );
      sent = due;
    }
    await new Promise((r) => setTimeout(r, tickMs));
  }
  await Promise.all(sends);
  await waitUntilRouted(db, idPrefix, total, 5 * 60_000);
  // The last batch's enqueue follows its commit by a moment.
  await new Promise((r) => setTimeout(r, 500));
  const queued = bucketsBetween(before, await queuedBuckets(routerUrl));
  const { latencies } = await latenciesOf(db, idPrefix);
  return {
    seconds,
    latencies,
    queuedP50Ms: Math.round(percentileOfBuckets(queued, 50)),
    queuedP99Ms: Math.round(percentileOfBuckets(queued, 99)),
  };
}

export const msFigures = (latencies: number[]) => ({
  p50Ms: Math.round(percentile(latencies, 50)),
  p95Ms: Math.round(percentile(latencies, 95)),
  p99Ms: Math.round(percentile(latencies, 99)),
});

/** `node dist/tools/bench/pipeline-bench.js`: the pipeline's burst and steady figures alone. */
async function main(): Promise<void> {
  const count = Number(process.env.BENCH_COUNT ?? 20_000);
  const rate = Number(process.env.BENCH_STEADY_RATE ?? 500);
  const steadySeconds = Number(process.env.BENCH_STEADY_SECONDS ?? 60);
  const run = await startBenchRun();
  const { runId, env } = run;
  const publisher = new EventPublisher(run.connection);
  await publisher.connect();
  const processes = pipelineApps.map((name) => run.app(name));
  const db = await createDataSource(benchDatabaseUrl, { poolSize: 2, applicationName: 'bench' }).initialize();
  try {
    // The bench database is the bench's own: empty tables keep counting cheap, and no earlier run's outbox is left to relay.
    await db.query('TRUNCATE inquiries, outbox CASCADE');
    processes.forEach((p) => p.start());
    await Promise.all(processes.map((p) => p.waitUntilReady(90_000)));
    if (count > 0) {
      say(`bench: ${count} inquiries at once through classifier → router...`);
      const burst = await pipelineBurst(db, publisher, processes, `bench-${runId}-`, count);
      say(
        JSON.stringify({
          throughputPerSec: Math.round(count / burst.seconds),
          ...msFigures(burst.latencies),
          cpuUsPerInquiry: burst.cpuUsPerInquiry,
        }),
      );
    }
    if (steadySeconds > 0) {
      say(`bench: ${rate} inquiries/s for ${steadySeconds} s...`);
      const steady = await pipelineSteady(
        db,
        publisher,
        `http://127.0.0.1:${env.ROUTER_PORT}`,
        `bench-${runId}-steady-`,
        rate,
        steadySeconds,
      );
      const f = msFigures(steady.latencies);
      say(
        JSON.stringify({
          steadyRate: rate,
          steadyP50Ms: steady.queuedP50Ms,
          steadyP99Ms: steady.queuedP99Ms,
          steadyRecordedP50Ms: f.p50Ms,
          steadyRecordedP99Ms: f.p99Ms,
        }),
      );
    }
    say(JSON.stringify({ peakRssMb: peakRssMbOf(processes) }));
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    await db.destroy();
    await publisher.disconnect();
    await run.end();
  }
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`bench failed: ${(error as Error).message}\n`);
    process.exit(1);
  });
}
