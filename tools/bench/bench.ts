import { EventPublisher } from '@inquiry-router/messaging';
import { createDataSource } from '@inquiry-router/persistence';
import { percentile } from './percentile';
import { pipelineBurst, pipelineSteady } from './pipeline-bench';
import { benchDatabaseUrl, peakRssMbOf, say, startBenchRun } from './bench-system';
import { benchIntake, PhoneCallers, prepareIntakeEnv } from './intake-bench';
import { benchClassifier } from './classifier-bench';
import { benchClaimsEverywhere, claimJsonFigures, claimTableRows } from './claim-bench';
import { benchStaffing } from './staffing-bench';
import { benchForecast } from './forecast-bench';
import { benchInsights } from './insights-bench';
import { benchKafkaClients } from './kafka-client-bench';
import { benchKafkaCeiling, kafkaToolRecords } from './kafka-ceiling';

/**
 * `npm run bench`: pushes BENCH_COUNT inquiries (default 20,000) through the real pipeline
 * (classifier and router as real processes, real broker, Postgres and Redis), then the same
 * messages through the same number of consume-produce hops doing no work, and compares the two
 * (the hops with kafkajs and with @platformatic/kafka: kafka-client-bench.ts), beside Kafka's own
 * performance tools on the same broker (kafka-ceiling.ts); each app's peak RSS over the whole run;
 * then measures the channel adapters' intake (mail over SMTP, signed webhooks) and, for phone, the
 * decision round trip a waiting caller sees; last, in this process, the time to forecast 8 weeks of
 * contacts from two years of history (tools/bench/forecast-bench.ts) and the help-page report of a
 * quarter's contacts (tools/bench/insights-bench.ts).
 * Runs on its own topics, database and Redis keys, so it leaves a running system alone.
 */
const count = Number(process.env.BENCH_COUNT ?? 20_000);
/** Contacts per channel for the adapters' intake figures. */
const intakeCount = Number(process.env.BENCH_INTAKE_COUNT ?? 2_000);
/** Inquiries claimed by 40 advisers at once (per closed-loop run) for the claim figures. */
const claimCount = Number(process.env.BENCH_CLAIM_COUNT ?? 5_000);
/** The steady offered load for ingest-to-queued latency: inquiries a second, for how long. */
const steadyRate = Number(process.env.BENCH_STEADY_RATE ?? 500);
const steadySeconds = Number(process.env.BENCH_STEADY_SECONDS ?? 60);

async function main(): Promise<void> {
  const run = await startBenchRun();
  const { runId, connection, env } = run;
  const publisher = new EventPublisher(connection);
  await publisher.connect();

  const intakeEndpoints = await prepareIntakeEnv(env);
  const processes = (['classifier', 'router', 'agency-forwarder', 'email-adapter', 'social-adapter', 'phone-adapter'] as const).map(
    (name) => run.app(name),
  );
  try {
    processes.forEach((p) => p.start());
    await Promise.all(processes.map((p) => p.waitUntilReady(90_000)));
    say(`bench: ${count} inquiries through classifier → router (real broker, Postgres, Redis)...`);
    const pipelineDb = await createDataSource(benchDatabaseUrl, { poolSize: 2, applicationName: 'bench' }).initialize();
    // The bench database is the bench's own: empty tables keep counting cheap, and no earlier run's outbox is left to relay.
    await pipelineDb.query('TRUNCATE inquiries, outbox CASCADE');
    const pipeline = await pipelineBurst(pipelineDb, publisher, processes, `bench-${runId}-`, count);
    say(`bench: ${steadyRate} inquiries/s offered for ${steadySeconds} s (open loop), ingest to queued...`);
    const steady = await pipelineSteady(
      pipelineDb,
      publisher,
      `http://127.0.0.1:${env.ROUTER_PORT}`,
      `bench-${runId}-steady-`,
      steadyRate,
      steadySeconds,
    );
    await pipelineDb.destroy();
    say(`bench: the same ${count} messages through two consume-produce hops doing no work (kafkajs, then @platformatic/kafka)...`);
    const clients = await benchKafkaClients(connection, runId, count);
    say(`bench: Kafka's own producer, consumer (${kafkaToolRecords} records) and end-to-end latency tools on the same broker...`);
    const ceiling = await benchKafkaCeiling(connection, runId);

    // Every part runs here, so every figure is there.
    const intake = await benchIntake(intakeEndpoints, intakeCount);
    const [email, social, phone, calls] = [intake.email!, intake.social!, intake.phone!, intake.calls];

    // The pipeline and intake apps are done: stopped now (their peak RSS is kept), so on two cores
    // the claim figures measure the workdesk's claims, not the classifier's or router's idle polling.
    await Promise.all(processes.map((p) => p.stop()));
    const claims = await benchClaimsEverywhere(env, runId, { count: claimCount, started: (workdesk) => processes.push(workdesk) });

    say('bench: the classifier alone, in this process (one core)...');
    const classifier = benchClassifier();

    say('bench: a filing-deadline day simulated contact by contact (08:00–20:00, ~2,400 contacts)...');
    const staffing = benchStaffing();
    say('bench: forecasting 8 weeks of every channel from two years of history, in this process...');
    const forecast = benchForecast();
    say("bench: the help-page report of a quarter's contacts, in this process...");
    const insights = benchInsights();

    const figures = {
      count,
      throughputPerSec: Math.round(count / pipeline.seconds),
      rawThroughputPerSec: clients.rawThroughputPerSec,
      ratio: Number((clients.rawSeconds / pipeline.seconds).toFixed(3)),
      platformaticRawPerSec: clients.platformaticRawPerSec,
      kafkajsProducerPerSec: clients.kafkajsProducerPerSec,
      platformaticProducerPerSec: clients.platformaticProducerPerSec,
      ...ceiling,
      p50Ms: Math.round(percentile(pipeline.latencies, 50)),
      p95Ms: Math.round(percentile(pipeline.latencies, 95)),
      p99Ms: Math.round(percentile(pipeline.latencies, 99)),
      pipelineCpuUsPerInquiry: pipeline.cpuUsPerInquiry,
      steadyRate,
      steadyP50Ms: steady.queuedP50Ms,
      steadyP99Ms: steady.queuedP99Ms,
      steadyRecordedP99Ms: Math.round(percentile(steady.latencies, 99)),
      emailIntakePerSec: email.perSec,
      emailAcceptP99Ms: email.p99Ms,
      socialIntakePerSec: social.perSec,
      socialAcceptP99Ms: social.p99Ms,
      phoneDecisionP50Ms: phone.p50Ms,
      phoneDecisionP99Ms: phone.p99Ms,
      phoneCallsPerSec: phone.perSec,
      classifierPerSec: classifier.withModel.perSec,
      classifierPerCpuSec: classifier.withModel.perCpuSec,
      classifierP50Us: classifier.withModel.p50Us,
      classifierP99Us: classifier.withModel.p99Us,
      classifierRulesAlonePerSec: classifier.rulesAlone.perSec,
      classifierRulesAlonePerCpuSec: classifier.rulesAlone.perCpuSec,
      classifierRulesAloneP99Us: classifier.rulesAlone.p99Us,
      ...claimJsonFigures(claims),
      staffingDayMs: staffing.medianMs,
      staffingDayMaxMs: staffing.maxMs,
      forecastMs: forecast.forecastMs,
      insightsReportMs: insights.reportMs,
      // The apps still run (read now) or were stopped (read just before): their peak over the whole bench.
      peakRssMb: peakRssMbOf(processes),
    };
    say('');
    say('| figure | value |');
    say('|---|---|');
    say(`| inquiries | ${figures.count} |`);
    const { kafkaProducerPerSec: toolProduce, kafkaConsumerPerSec: toolConsume } = ceiling;
    say(
      `| pipeline throughput (inquiries/s; Kafka's own producer / consumer tools: ${toolProduce} / ${toolConsume}) | ${figures.throughputPerSec} |`,
    );
    say(
      `| raw Kafka pass-through, kafkajs (messages/s; @platformatic/kafka) | ${figures.rawThroughputPerSec} (${clients.platformaticRawPerSec}) |`,
    );
    say(
      `| producer alone, kafkajs / @platformatic/kafka (messages/s; Kafka's own producer tool: ${toolProduce}) | ${clients.kafkajsProducerPerSec} / ${clients.platformaticProducerPerSec} |`,
    );
    say(`| ratio pipeline/raw | ${figures.ratio} |`);
    const cpu = Object.entries(figures.pipelineCpuUsPerInquiry);
    say(
      `| CPU per inquiry in the burst, µs (${cpu.map(([part]) => part).join(' / ')}; total) | ${cpu.map(([, us]) => us).join(' / ')}; ${cpu.reduce((sum, [, us]) => sum + us, 0)} |`,
    );
    say(
      `| ingest-to-queued in a burst of ${count}, p50 / p95 / p99 (ms; Kafka's own end-to-end per hop p50 / p99: ${ceiling.kafkaE2eP50Ms} / ${ceiling.kafkaE2eP99Ms}) | ${figures.p50Ms} / ${figures.p95Ms} / ${figures.p99Ms} |`,
    );
    say(
      `| ingest-to-queued at a steady ${steadyRate}/s for ${steadySeconds} s, p50 / p99 (ms; aim p99 ≤ 50) | ${figures.steadyP50Ms} / ${figures.steadyP99Ms} |`,
    );
    say(`| email intake over SMTP (inquiries/s; p50 / p99 to 250 in ms) | ${email.perSec} (${email.p50Ms} / ${email.p99Ms}) |`);
    say(`| social webhook intake (inquiries/s; p50 / p99 to 200 in ms) | ${social.perSec} (${social.p50Ms} / ${social.p99Ms}) |`);
    const c = classifier.withModel;
    const r = classifier.rulesAlone;
    say(
      `| classifier alone, rules + text model, one core (inquiries/s; p50 / p99 per inquiry in µs) | ${c.perSec} (${c.p50Us} / ${c.p99Us}) |`,
    );
    say(`| classifier alone, rules only, one core (inquiries/s; p50 / p99 in µs) | ${r.perSec} (${r.p50Us} / ${r.p99Us}) |`);
    say(
      `| phone decision round trip, ${calls} calls ${PhoneCallers} at once (p50 / p99 ms; calls/s) | ${phone.p50Ms} / ${phone.p99Ms}; ${phone.perSec} |`,
    );
    for (const row of claimTableRows(claims)) say(row);
    say(
      `| deadline day simulated, ${staffing.contacts} contacts (median / slowest of ${staffing.runs} in ms; budget 5000) | ${staffing.medianMs} / ${staffing.maxMs} |`,
    );
    say(
      `| forecast, 8 weeks × 3 channels from 2 years of history (${forecast.historyRows} interval counts → ${forecast.intervals} half-hours; ms, target < 2000) | ${forecast.forecastMs} |`,
    );
    say(
      `| help-page report of a quarter, ${insights.contacts} contacts → ${insights.categories} categories, ${insights.clusters} clusters (ms, target < 2000) | ${insights.reportMs} |`,
    );
    const rss = Object.entries(figures.peakRssMb).map(([app, mb]) => `${app} ${mb ?? '?'}`);
    say(`| peak RSS per app (MB; aim ≤ 300) | ${rss.join(', ')} |`);
    say(JSON.stringify(figures));
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    await publisher.disconnect();
    await run.end();
  }
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${(error as Error).message}\n`);
  process.exit(1);
});
