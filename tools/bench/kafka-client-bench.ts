import { randomBytes } from 'node:crypto';
import { Consumer, type Message, type MessagesStream, ProduceAcks, Producer } from '@platformatic/kafka';
import { KafkaConnection } from '@inquiry-router/messaging';
import { benchInquiries, benchLog, createBenchTopics, prepareBenchBroker, say } from './bench-system';

/**
 * Kafka's own cost for the pipeline's path, per client: the bench's inquiries produced to one topic,
 * a first hop that consumes them and produces them on to a second topic, a second hop that consumes
 * and counts — doing no work. Once with kafkajs (the client behind libs/messaging) and once with
 * @platformatic/kafka, with the same guarantees: an idempotent producer, acknowledgement from all
 * in-sync replicas, consumer groups, offsets committed only after the batch's work (the first hop's
 * produce acknowledged). Also each client's producer alone, the same messages in chunks of 500.
 * `node dist/tools/bench/kafka-client-bench.js` runs it alone (BENCH_COUNT messages, default 20,000).
 */
export interface KafkaClientFigures {
  /** The kafkajs pass-through: seconds from the first produce to the last message counted. */
  rawSeconds: number;
  rawThroughputPerSec: number;
  platformaticRawPerSec: number;
  kafkajsProducerPerSec: number;
  platformaticProducerPerSec: number;
  /**
   * CPU this process spent per 1,000 messages through both hops (ms), the client's own cost: less
   * swayed than wall time by other work on a shared machine.
   */
  kafkajsRawCpuMsPer1000: number;
  platformaticRawCpuMsPer1000: number;
}

/** A pass-through run: wall seconds from the first produce to the last message counted, and this process's CPU meanwhile. */
export interface PassThroughRun {
  seconds: number;
  cpuMs: number;
}

/** CPU (user + system) this process has used, in ms. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const partitions = 6;
/** Messages per produce while feeding the first topic, as the pipeline bench publishes them. */
const chunk = 500;
/** Both hops' consumer groups have settled before timing, as the pipeline's apps were ready before its run. */
const settleMs = 3000;

export async function benchKafkaClients(connection: KafkaConnection, runId: string, count: number): Promise<KafkaClientFigures> {
  const kafkajs = await rawRun(connection, runId, count);
  const platformatic = await platformaticRawRun(connection, runId, count);
  const kafkajsProducerSeconds = await withTopics(connection, [`bench-produce-${runId}.kafkajs`], ([topic]) =>
    kafkajsProduceOnly(connection, topic, runId, count),
  );
  const platformaticProducerSeconds = await withTopics(connection, [`bench-produce-${runId}.platformatic`], ([topic]) =>
    platformaticProduceOnly(connection, topic, runId, count),
  );
  return {
    rawSeconds: kafkajs.seconds,
    rawThroughputPerSec: Math.round(count / kafkajs.seconds),
    platformaticRawPerSec: Math.round(count / platformatic.seconds),
    kafkajsProducerPerSec: Math.round(count / kafkajsProducerSeconds),
    platformaticProducerPerSec: Math.round(count / platformaticProducerSeconds),
    kafkajsRawCpuMsPer1000: Math.round((kafkajs.cpuMs / count) * 1000),
    platformaticRawCpuMsPer1000: Math.round((platformatic.cpuMs / count) * 1000),
  };
}

/** Messages of the bench's inquiries, keyed by id, as the intake publishes them. */
function benchMessages(runId: string, count: number): { key: string; value: string }[] {
  return benchInquiries(`bench-${runId}-`, 0, count, new Date().toISOString()).map((inquiry) => ({
    key: inquiry.id,
    value: JSON.stringify({ inquiry }),
  }));
}

/** Creates the topics (6 partitions each), runs `body`, and deletes them whatever happened. */
async function withTopics<T>(connection: KafkaConnection, topics: string[], body: (topics: string[]) => Promise<T>): Promise<T> {
  try {
    await createBenchTopics(connection, topics, partitions);
    return await body(topics);
  } finally {
    const admin = connection.kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics }).catch(() => undefined);
    await admin.disconnect();
  }
}

/** The kafkajs pass-through. */
export async function rawRun(connection: KafkaConnection, runId: string, count: number): Promise<PassThroughRun> {
  const kafka = connection.kafka;
  const prefix = `bench-raw-${runId}.`;
  return withTopics(connection, [`${prefix}in`, `${prefix}mid`], async ([inTopic, midTopic]) => {
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const hop1 = kafka.consumer({ groupId: `${prefix}hop1`, maxWaitTimeInMs: 100 });
    const hop2 = kafka.consumer({ groupId: `${prefix}hop2`, maxWaitTimeInMs: 100 });
    let seen = 0;
    let finished = 0;
    let cpuFinished = 0;
    const done = new Promise<void>((resolve) => {
      void (async () => {
        for (const [consumer, topic] of [
          [hop1, inTopic],
          [hop2, midTopic],
        ] as const) {
          await consumer.connect();
          await consumer.subscribe({ topic, fromBeginning: true });
        }
        await hop1.run({
          autoCommit: false,
          eachBatchAutoResolve: false,
          partitionsConsumedConcurrently: 3,
          // eslint-disable-next-line @typescript-eslint/unbound-method -- kafkajs types the payload's functions as methods but passes closures, meant to be destructured
          eachBatch: async ({ batch, resolveOffset, commitOffsetsIfNecessary }) => {
            await producer.send({ topic: midTopic, acks: -1, messages: batch.messages.map((m) => ({ key: m.key, value: m.value })) });
            resolveOffset(batch.lastOffset());
            await commitOffsetsIfNecessary();
          },
        });
        await hop2.run({
          autoCommit: false,
          eachBatchAutoResolve: false,
          partitionsConsumedConcurrently: 3,
          // eslint-disable-next-line @typescript-eslint/unbound-method -- kafkajs types the payload's functions as methods but passes closures, meant to be destructured
          eachBatch: async ({ batch, resolveOffset, commitOffsetsIfNecessary }) => {
            seen += batch.messages.length;
            resolveOffset(batch.lastOffset());
            await commitOffsetsIfNecessary();
            if (seen >= count && !finished) {
              finished = Date.now();
              cpuFinished = cpuMs();
              resolve();
            }
          },
        });
      })();
    });
    await new Promise((r) => setTimeout(r, settleMs));
    const started = Date.now();
    const cpuStarted = cpuMs();
    const messages = benchMessages(runId, count);
    for (let i = 0; i < count; i += chunk) {
      await producer.send({ topic: inTopic, acks: -1, messages: messages.slice(i, i + chunk) });
    }
    await done;
    await Promise.all([hop1.disconnect(), hop2.disconnect(), producer.disconnect()]);
    return { seconds: (finished - started) / 1000, cpuMs: cpuFinished - cpuStarted };
  });
}

/** The same pass-through with @platformatic/kafka. */
export async function platformaticRawRun(connection: KafkaConnection, runId: string, count: number): Promise<PassThroughRun> {
  const bootstrapBrokers = connection.options.brokers;
  const prefix = `bench-platformatic-${runId}.`;
  return withTopics(connection, [`${prefix}in`, `${prefix}mid`], async ([inTopic, midTopic]) => {
    // Idempotent: the client then allows one request in flight and acknowledgement from all in-sync replicas only.
    const producer = new Producer({ clientId: 'bench', bootstrapBrokers, idempotent: true, acks: ProduceAcks.ALL });
    const consumer = (hop: string) =>
      new Consumer({ clientId: 'bench', groupId: `${prefix}${hop}`, bootstrapBrokers, autocommit: false, maxWaitTime: 100 });
    const [hop1, hop2] = [consumer('hop1'), consumer('hop2')];
    const stop = new AbortController();
    const streams: MessagesStream<Buffer, Buffer, Buffer, Buffer>[] = [];
    const consuming: Promise<void>[] = [];
    let seen = 0;
    let finished = 0;
    let cpuFinished = 0;
    let counted = () => undefined as void;
    const done = new Promise<void>((resolve) => (counted = resolve));
    try {
      const streamOf = (c: Consumer, topic: string) =>
        // Offsets only by commit (autocommit false); from the beginning for a group without any.
        c.consume({ topics: [topic], autocommit: false, mode: 'committed', fallbackMode: 'earliest' });
      const [in1, in2] = await Promise.all([streamOf(hop1, inTopic), streamOf(hop2, midTopic)]);
      streams.push(in1, in2);
      consuming.push(
        eachBatch(in1, stop.signal, async (batch) => {
          await producer.send({ messages: batch.map((m) => ({ topic: midTopic, key: m.key, value: m.value })) });
          await commitAfter(batch);
        }),
        eachBatch(in2, stop.signal, async (batch) => {
          seen += batch.length;
          await commitAfter(batch);
          if (seen >= count && !finished) {
            finished = Date.now();
            cpuFinished = cpuMs();
            counted();
          }
        }),
      );
      // A hop that fails ends the run with its reason rather than waiting for messages that will not come.
      const failed = Promise.race(consuming).then(() => {
        if (!finished) throw new Error('a @platformatic/kafka hop stopped before the last message');
      });
      failed.catch(() => undefined); // raced below; until then a failure must not count as unhandled
      await new Promise((r) => setTimeout(r, settleMs));
      const started = Date.now();
      const cpuStarted = cpuMs();
      const messages = benchMessages(runId, count);
      for (let i = 0; i < count; i += chunk) {
        await producer.send({ messages: messages.slice(i, i + chunk).map((m) => ({ topic: inTopic, ...toBuffers(m) })) });
      }
      await Promise.race([done, failed]);
      return { seconds: (finished - started) / 1000, cpuMs: cpuFinished - cpuStarted };
    } finally {
      stop.abort();
      await Promise.allSettled(consuming);
      await Promise.allSettled(streams.map((stream) => stream.close()));
      await Promise.allSettled([hop1.close(), hop2.close(), producer.close()]);
    }
  });
}

/**
 * Takes from the stream what it has buffered (up to its high-water mark, across partitions) as one
 * batch, awaits `work` on it, and only then takes the next: so offsets are committed in order, after
 * the work. Ends when `signal` aborts; rejects when the stream fails or `work` throws.
 * The 'readable' listener stays on throughout: the stream fetches only while someone listens (a
 * listener added and removed per wait leaves it neither flowing nor paused, and it stops fetching).
 */
async function eachBatch(
  stream: MessagesStream<Buffer, Buffer, Buffer, Buffer>,
  signal: AbortSignal,
  work: (batch: Message[]) => Promise<void>,
) {
  let wake = () => undefined as void;
  let failure: Error | undefined;
  const onReadable = () => wake();
  const onError = (error: Error) => {
    failure = error;
    wake();
  };
  const onAbort = () => wake();
  stream.on('readable', onReadable);
  stream.on('error', onError);
  signal.addEventListener('abort', onAbort);
  try {
    while (!signal.aborted) {
      if (failure) throw failure;
      const batch: Message[] = [];
      for (let m = stream.read() as Message | null; m !== null; m = stream.read() as Message | null) batch.push(m);
      if (batch.length > 0) await work(batch);
      // 'readable' is emitted on a later tick than read() found nothing, so setting `wake` now misses none.
      else await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    stream.off('readable', onReadable);
    stream.off('error', onError);
    signal.removeEventListener('abort', onAbort);
  }
}

/** Commits, per partition, the offset after the batch's last message there. */
async function commitAfter(batch: Message[]): Promise<void> {
  const last = new Map<string, Message>();
  for (const m of batch) last.set(`${m.topic}:${m.partition}`, m);
  // Typed as returning void or a promise; given a callback, it calls that.
  const commit = (m: Message) =>
    new Promise<void>((resolve, reject) => {
      void m.commit((error) => (error ? reject(error) : resolve()));
    });
  await Promise.all([...last.values()].map(commit));
}

/** @platformatic/kafka's default serialisers take Buffers (kafkajs converts strings itself). */
const toBuffers = (m: { key: string; value: string }) => ({ key: Buffer.from(m.key), value: Buffer.from(m.value) });

async function kafkajsProduceOnly(connection: KafkaConnection, topic: string, runId: string, count: number): Promise<number> {
  const producer = connection.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    const messages = benchMessages(runId, count);
    await producer.send({ topic, acks: -1, messages: messages.slice(0, 1) }); // connected and initialised before timing
    const started = Date.now();
    for (let i = 0; i < count; i += chunk) await producer.send({ topic, acks: -1, messages: messages.slice(i, i + chunk) });
    return (Date.now() - started) / 1000;
  } finally {
    await producer.disconnect();
  }
}

async function platformaticProduceOnly(connection: KafkaConnection, topic: string, runId: string, count: number): Promise<number> {
  const producer = new Producer({
    clientId: 'bench',
    bootstrapBrokers: connection.options.brokers,
    idempotent: true,
    acks: ProduceAcks.ALL,
  });
  try {
    const messages = benchMessages(runId, count).map((m) => ({ topic, ...toBuffers(m) }));
    await producer.send({ messages: messages.slice(0, 1) }); // connected and initialised before timing
    const started = Date.now();
    for (let i = 0; i < count; i += chunk) await producer.send({ messages: messages.slice(i, i + chunk) });
    return (Date.now() - started) / 1000;
  } finally {
    await producer.close();
  }
}

if (require.main === module) {
  void (async () => {
    const count = Number(process.env.BENCH_COUNT ?? 20_000);
    const broker = await prepareBenchBroker();
    const connection = new KafkaConnection({ clientId: 'bench', brokers: broker.brokers.split(','), topicPrefix: '', logger: benchLog });
    try {
      say(`bench: ${count} messages through two consume-produce hops doing no work, with kafkajs and with @platformatic/kafka...`);
      const figures = await benchKafkaClients(connection, randomBytes(4).toString('hex'), count);
      say(
        `| raw pass-through, kafkajs / @platformatic/kafka (messages/s) | ${figures.rawThroughputPerSec} / ${figures.platformaticRawPerSec} |`,
      );
      say(
        `| producer alone, kafkajs / @platformatic/kafka (messages/s) | ${figures.kafkajsProducerPerSec} / ${figures.platformaticProducerPerSec} |`,
      );
      say(JSON.stringify(figures));
    } finally {
      await broker.stop();
    }
  })().catch((error) => {
    process.stderr.write(`kafka client bench failed: ${(error as Error).stack}\n`);
    process.exit(1);
  });
}
