// Integration: a Kafka broker of this test's own (deploy/kafka, on free ports and a temporary data
// folder, so the shared broker other tests use keeps running), stopped and restarted under a running
// email adapter; Postgres and Redis; mail sent with Python's smtplib.
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { InquiryReceived, Topics } from '@inquiry-router/contracts';
import { inquiryIdFor } from '@inquiry-router/intake';
import { KafkaConnection } from '@inquiry-router/messaging';
import { createLogger } from '@inquiry-router/runtime';
import { eventually, freePort, PrivateBroker } from '@inquiry-router/testing';
import { apps, AppProcess, createTopics, repoRoot } from '@inquiry-router/local-system';
import { sendWithSmtplib } from './testing/smtp-test-clients';

const support = 'brukerservice@altinn.example';

describe('email intake across a broker outage', () => {
  const broker = new PrivateBroker();
  const log = createLogger('test', 'fatal', true);
  let connection: KafkaConnection;
  let adapter: AppProcess;
  let smtpPort: number;

  beforeAll(async () => {
    await broker.start();
    const prefix = `outage-${randomBytes(4).toString('hex')}.`;
    connection = new KafkaConnection({ clientId: 'outage-test', brokers: [broker.address], topicPrefix: prefix, logger: log });
    await createTopics(connection, undefined, log);
    smtpPort = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      KAFKA_BROKERS: broker.address,
      KAFKA_TOPIC_PREFIX: prefix,
      REDIS_KEY_PREFIX: `${prefix}:`,
      EMAIL_ADAPTER_SMTP_PORT: String(smtpPort),
      EMAIL_ADAPTER_SMTP_HOST: '127.0.0.1',
      EMAIL_PUBLISH_TIMEOUT_MS: '3000',
    };
    for (const app of apps) if (app.name !== 'email-adapter') delete env[app.portVar];
    env.EMAIL_ADAPTER_PORT = String(await freePort());
    adapter = new AppProcess('email-adapter', env, path.join(repoRoot(), 'test-artifacts/logs', `${prefix}email-adapter.log`));
    adapter.start();
    await adapter.waitUntilReady(60_000);
  }, 240_000);

  afterAll(async () => {
    await adapter?.stop(10_000);
    await broker.remove();
  }, 60_000);

  it('answers 451 and keeps nothing while the broker is down; the resent mail flows through once it is back', async () => {
    const mail = (id: string) => {
      const from = `kari.${randomBytes(4).toString('hex')}@example.no`;
      return {
        from,
        raw: `From: ${from}\r\nTo: ${support}\r\nSubject: Innlogging\r\nMessage-ID: ${id}\r\n\r\nJeg får ikke logget inn.\r\n`,
      };
    };
    const before = mail(`<${randomBytes(8).toString('hex')}@client.example>`);
    expect(await sendWithSmtplib(smtpPort, { from: before.from, to: [support] }, { raw: before.raw })).toMatchObject({ data: 250 });

    await broker.stop();
    const duringId = `<${randomBytes(8).toString('hex')}@client.example>`;
    const during = mail(duringId);
    const refused = await sendWithSmtplib(smtpPort, { from: during.from, to: [support] }, { raw: during.raw });
    expect(refused.data).toBe(451);

    await broker.start();
    const accepted = await eventually(
      async () => {
        const r = await sendWithSmtplib(smtpPort, { from: during.from, to: [support] }, { raw: during.raw });
        return r.data === 250 ? r : undefined;
      },
      90_000,
      'the resent mail accepted after the broker came back',
    );
    const inquiryId = inquiryIdFor('email', duringId);
    expect(accepted.reply).toContain(inquiryId);

    // On the topic: the mail from before the outage once, and the resent one. The refused attempt may
    // also land late (its send was still being retried when the 451 went out): same id, so the
    // pipeline records it once either way.
    const consumer = connection.kafka.consumer({ groupId: `reader-${randomBytes(4).toString('hex')}` });
    const seen: InquiryReceived[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic: connection.topic(Topics.InquiryReceived), fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void seen.push(JSON.parse(message.value!.toString()) as InquiryReceived) });
    const beforeId = inquiryIdFor('email', before.raw.match(/Message-ID: (\S+)/)![1]);
    await eventually(
      async () => (seen.some((s) => s.inquiry.id === inquiryId) && seen.some((s) => s.inquiry.id === beforeId) ? true : undefined),
      30_000,
      'both inquiries read',
    );
    await consumer.disconnect();
    expect(seen.filter((s) => s.inquiry.id === inquiryId).length).toBeGreaterThanOrEqual(1);
    expect(seen.filter((s) => s.inquiry.id === beforeId)).toHaveLength(1);
  }, 240_000);
});
