import { randomBytes } from 'node:crypto';
import { KafkaConnection } from '@inquiry-router/messaging';
import { runKafkaTool } from '@inquiry-router/local-system';
import { benchLog, createBenchTopics, prepareBenchBroker, say } from './bench-system';

/**
 * The ceiling the bench's Kafka figures are read against: Kafka's own performance tools
 * (kafka-tools, fetched by deploy/kafka with the broker) on the bench's broker, on topics of their
 * own with as many partitions as the raw pass-through, with the guarantees the pipeline keeps
 * (acknowledgement from all in-sync replicas, idempotent producer, a consumer group).
 * `node dist/tools/bench/kafka-ceiling.js` runs it alone.
 */
export interface KafkaCeilingFigures {
  /** ProducerPerformance: records of 600 bytes, unthrottled, acks=all, idempotent. */
  kafkaProducerPerSec: number;
  /** ConsumerPerformance reading those records back in a group, after it joined (fetch.nMsg.sec). */
  kafkaConsumerPerSec: number;
  /** EndToEndLatency: one 600-byte message produced (acks=all) and consumed at a time; whole ms, as the tool prints them. */
  kafkaE2eP50Ms: number;
  kafkaE2eP99Ms: number;
}

/** Records produced and consumed; 200,000 keep this part under ~40 s on a shared 2-core machine. */
export const kafkaToolRecords = Number(process.env.BENCH_KAFKA_TOOL_RECORDS ?? 200_000);
const recordBytes = 600;
/** Messages timed one by one by EndToEndLatency (about 3 ms each on a busy machine). */
const e2eMessages = 2_000;
const partitions = 6;

export async function benchKafkaCeiling(
  connection: KafkaConnection,
  runId: string,
  records = kafkaToolRecords,
): Promise<KafkaCeilingFigures> {
  const bootstrap = connection.options.brokers.join(',');
  const prefix = `bench-ceiling-${runId}.`;
  const [recordsTopic, e2eTopic, group] = [`${prefix}records`, `${prefix}e2e`, `${prefix}consumer`];
  const admin = connection.kafka.admin();
  await admin.connect();
  try {
    await createBenchTopics(connection, [recordsTopic, e2eTopic], partitions);
    const produced = parseProducerPerformance(
      await runKafkaTool('ProducerPerformance', [
        ...['--topic', recordsTopic, '--num-records', String(records), '--record-size', String(recordBytes), '--throughput', '-1'],
        ...['--producer-props', `bootstrap.servers=${bootstrap}`, 'acks=all', 'enable.idempotence=true'],
      ]),
    );
    const consumed = parseConsumerPerformance(
      await runKafkaTool('ConsumerPerformance', [
        ...['--bootstrap-server', bootstrap, '--topic', recordsTopic, '--group', group, '--messages', String(records)],
      ]),
    );
    if (consumed.messages < records) throw new Error(`ConsumerPerformance read ${consumed.messages} of ${records} records`);
    const e2e = parseEndToEndLatency(
      await runKafkaTool('EndToEndLatency', [bootstrap, e2eTopic, String(e2eMessages), 'all', String(recordBytes)]),
    );
    return {
      kafkaProducerPerSec: Math.round(produced.perSec),
      kafkaConsumerPerSec: Math.round(consumed.perSec),
      kafkaE2eP50Ms: e2e.p50Ms,
      kafkaE2eP99Ms: e2e.p99Ms,
    };
  } finally {
    await admin.deleteTopics({ topics: [recordsTopic, e2eTopic] }).catch(() => undefined);
    await admin.deleteGroups([group]).catch(() => undefined);
    await admin.disconnect();
  }
}

/** Its last line: "200000 records sent, 33534.5 records/sec (19.19 MB/sec), 1158.20 ms avg latency, …, 1044 ms 50th, …". */
export function parseProducerPerformance(output: string): { records: number; perSec: number } {
  const summary = output
    .split('\n')
    .reverse()
    .map((line) => /^(\d+) records sent, ([\d.]+) records\/sec .* 50th/.exec(line))
    .find(Boolean);
  if (!summary) throw new Error(`no summary in ProducerPerformance's output: ${tail(output)}`);
  return { records: Number(summary[1]), perSec: Number(summary[2]) };
}

/**
 * A header line ("start.time, end.time, …, nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec,
 * fetch.nMsg.sec") and one line of values. fetch.nMsg.sec leaves out the time the group took to
 * form, as the pipeline's figures do (its consumers had joined before the run).
 */
export function parseConsumerPerformance(output: string): { messages: number; perSec: number } {
  const lines = output.split('\n').map((line) => line.trim());
  const at = lines.findIndex((line) => line.startsWith('start.time,'));
  if (at < 0 || !lines[at + 1]) throw new Error(`no figures in ConsumerPerformance's output: ${tail(output)}`);
  const names = lines[at].split(/,\s*/);
  const values = lines[at + 1].split(/,\s*/);
  const value = (name: string) => {
    const i = names.indexOf(name);
    if (i < 0 || values[i] === undefined || Number.isNaN(Number(values[i])))
      throw new Error(`no ${name} in ConsumerPerformance's output: ${tail(output)}`);
    return Number(values[i]);
  };
  return { messages: value('data.consumed.in.nMsg'), perSec: value('fetch.nMsg.sec') };
}

/** "Percentiles: 50th = 0, 99th = 53, 99.9th = 120" (whole milliseconds). */
export function parseEndToEndLatency(output: string): { p50Ms: number; p99Ms: number } {
  const m = /Percentiles: 50th = (\d+), 99th = (\d+)/.exec(output);
  if (!m) throw new Error(`no percentiles in EndToEndLatency's output: ${tail(output)}`);
  return { p50Ms: Number(m[1]), p99Ms: Number(m[2]) };
}

const tail = (output: string) => output.trim().split('\n').slice(-3).join(' | ');

if (require.main === module) {
  void (async () => {
    const broker = await prepareBenchBroker();
    const connection = new KafkaConnection({ clientId: 'bench', brokers: broker.brokers.split(','), topicPrefix: '', logger: benchLog });
    try {
      say(`bench: Kafka's own tools on the broker (${kafkaToolRecords} records of ${recordBytes} bytes; ${e2eMessages} end-to-end)...`);
      const started = Date.now();
      const figures = await benchKafkaCeiling(connection, randomBytes(4).toString('hex'));
      say(`| Kafka's tools: produce / consume (records/s) | ${figures.kafkaProducerPerSec} / ${figures.kafkaConsumerPerSec} |`);
      say(`| Kafka's tools: end-to-end latency p50 / p99 (ms) | ${figures.kafkaE2eP50Ms} / ${figures.kafkaE2eP99Ms} |`);
      say(`(took ${((Date.now() - started) / 1000).toFixed(1)} s)`);
      say(JSON.stringify(figures));
    } finally {
      await broker.stop();
    }
  })().catch((error) => {
    process.stderr.write(`kafka ceiling bench failed: ${(error as Error).message}\n`);
    process.exit(1);
  });
}
