// Integration: real Kafka broker, Postgres (test database) and Redis; two email-adapter instances,
// the classifier and the router run as real processes, the adapters in the same consumer group for
// outbound messages. Mail is sent with Python's smtplib to either instance, as a mail gateway
// spreads it; acknowledgements and outbound mail go to a local stand-in for the relay.
import { randomBytes, randomUUID } from 'node:crypto';
import { Partitioners } from 'kafkajs';
import { OutboundMessage, Topics } from '@inquiry-router/contracts';
import { inquiryIdFor } from '@inquiry-router/intake';
import { eventually, freePort, RecordingRelay, TestPipeline } from '@inquiry-router/testing';
import { sendWithSmtplib } from './testing/smtp-test-clients';

const support = 'brukerservice@altinn.example';
const outboundPartitions = 6;

/** Inquiry ids the default partitioner puts on `partition` of outbound.message.v1: one message lands where its key says. */
function keyOn(partition: number): string {
  const partitioner = Partitioners.DefaultPartitioner();
  const partitionMetadata = Array.from({ length: outboundPartitions }, (_, partitionId) => ({
    partitionId,
    leader: 0,
    partitionErrorCode: 0,
    replicas: [0],
    isr: [0],
  }));
  for (;;) {
    const key = `key-${randomBytes(4).toString('hex')}`;
    if (partitioner({ topic: 'outbound', partitionMetadata, message: { key, value: null } }) === partition) return key;
  }
}

describe('email-adapter, two instances', () => {
  const pipeline = new TestPipeline({ partitions: `${Topics.OutboundMessage}=${outboundPartitions}` });
  const relay = new RecordingRelay();
  const smtpPorts: number[] = [];

  const routedCount = async (id: string) => {
    const [{ n }]: { n: number }[] = await pipeline.db.query(
      `SELECT count(*)::int AS n FROM inquiry_history WHERE event = 'routed' AND inquiry_id = $1`,
      [id],
    );
    return n;
  };

  beforeAll(async () => {
    smtpPorts.push(await freePort(), await freePort());
    await pipeline.setUp({ EMAIL_ADAPTER_SMTP_HOST: '127.0.0.1', SMTP_RELAY_URL: await relay.listen() });
    await Promise.all([
      pipeline.start('classifier'),
      pipeline.start('router'),
      pipeline.start('email-adapter', { EMAIL_ADAPTER_SMTP_PORT: String(smtpPorts[0]) }),
      pipeline.startInstance('email-adapter', 'b', { EMAIL_ADAPTER_SMTP_PORT: String(smtpPorts[1]) }),
    ]);
  }, 120_000);
  afterAll(async () => {
    await pipeline.tearDown();
    await relay.close();
  });

  it('makes one inquiry, acknowledged once, of a Message-ID delivered to both instances at once', async () => {
    const from = `kari.${randomBytes(4).toString('hex')}@example.no`;
    const messageId = `<${randomBytes(8).toString('hex')}@client.example>`;
    const inquiryId = inquiryIdFor('email', messageId);
    const raw = `From: ${from}\r\nTo: ${support}\r\nSubject: Innlogging\r\nMessage-ID: ${messageId}\r\n\r\nJeg får ikke logget inn med BankID.\r\n`;
    const sent = await Promise.all(smtpPorts.map((port) => sendWithSmtplib(port, { from, to: [support] }, { raw })));
    expect(sent.map((s) => s.data)).toEqual([250, 250]);
    expect(sent.every((s) => s.reply?.includes(inquiryId))).toBe(true);

    await eventually(async () => ((await routedCount(inquiryId)) > 0 ? true : undefined), 30_000, 'routed');
    await eventually(async () => (relay.to(from).length > 0 ? true : undefined), 20_000, 'the acknowledgement');
    // A later mail from the same sender, through the first instance, marks that both have had time to acknowledge.
    const marker = `<${randomBytes(8).toString('hex')}@client.example>`;
    const markerRaw = `From: ${from}\r\nTo: ${support}\r\nSubject: Til\r\nMessage-ID: ${marker}\r\n\r\nEtt spørsmål til.\r\n`;
    expect((await sendWithSmtplib(smtpPorts[0], { from, to: [support] }, { raw: markerRaw })).data).toBe(250);
    await eventually(async () => (relay.to(from).length > 1 ? true : undefined), 20_000, 'the marker’s acknowledgement');

    expect(await routedCount(inquiryId)).toBe(1);
    expect(relay.to(from).map((m) => m.mail.subject)).toEqual([
      expect.stringContaining(`[${inquiryId}]`),
      expect.stringContaining(`[${inquiryIdFor('email', marker)}]`),
    ]);
  }, 90_000);

  it('sends an outbound message once, though copies of it reach both instances', async () => {
    const from = `ola.${randomBytes(4).toString('hex')}@example.no`;
    const messageId = `<${randomBytes(8).toString('hex')}@client.example>`;
    const inquiryId = inquiryIdFor('email', messageId);
    const raw = `From: ${from}\r\nTo: ${support}\r\nSubject: Skjema\r\nMessage-ID: ${messageId}\r\n\r\nHvor finner jeg skjemaet?\r\n`;
    expect((await sendWithSmtplib(smtpPorts[1], { from, to: [support] }, { raw })).data).toBe(250);
    await eventually(async () => ((await routedCount(inquiryId)) > 0 ? true : undefined), 30_000, 'routed');
    await eventually(async () => (relay.to(from).length > 0 ? true : undefined), 20_000, 'the acknowledgement');

    // Copies of one message (one messageId) on every partition: each instance holds some of them.
    const held = await eventually(
      async () => {
        const members = await pipeline.assignments('email-adapter-outbound', Topics.OutboundMessage);
        return members.length === 2 && members.every((p) => p.length > 0) ? members : undefined;
      },
      30_000,
      'outbound partitions shared by both instances',
    );
    const message: OutboundMessage = {
      messageId: randomUUID(),
      inquiryId,
      channel: 'email',
      purpose: 'answer',
      language: 'nb',
      subject: 'Svar',
      body: 'Skjemaet finner du under «Alle skjema».',
      sentBy: 'adviser',
      createdAt: new Date().toISOString(),
    };
    await pipeline.publisher.publish(
      Topics.OutboundMessage,
      held.flat().map((partition) => ({ key: keyOn(partition), value: message })),
    );
    await pipeline.processedSoFar('email-adapter-outbound', Topics.OutboundMessage, 60_000);

    const answers = relay.to(from).filter((m) => m.mail.messageId === `<${message.messageId}@outbound.inquiry-router>`);
    expect(answers).toHaveLength(1);
    const [{ n }]: { n: number }[] = await pipeline.db.query(
      `SELECT count(*)::int AS n FROM inquiry_history WHERE inquiry_id = $1 AND event = 'message-sent'`,
      [inquiryId],
    );
    expect(n).toBe(1);
  }, 120_000);
});
