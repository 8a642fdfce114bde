// Integration: real Kafka broker, Postgres (test database) and Redis; social-adapter, phone-adapter
// and router run as real processes. Meta's send API is stood in for by a local HTTP server that
// records each request and answers with the status the test asks for.
import { randomUUID } from 'node:crypto';
import * as http from 'node:http';
import { AddressInfo } from 'node:net';
import { Inquiry, OutboundMessage, Topics } from '@inquiry-router/contracts';
import { aClassified, anInquiry, eventually, freshId, ReadRecord, TestPipeline } from '@inquiry-router/testing';

interface SendApi {
  url: string;
  /** Recipient id → message texts received. */
  requests: { recipient: string; text: string }[];
  /** Statuses to answer, in turn, for a recipient (then 200). */
  failFor: Map<string, number[]>;
  close(): Promise<void>;
}

async function startSendApi(): Promise<SendApi> {
  const requests: SendApi['requests'] = [];
  const failFor = new Map<string, number[]>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { recipient: { id: string }; message: { text: string } };
      const status = failFor.get(body.recipient.id)?.shift() ?? 200;
      if (status === 200) requests.push({ recipient: body.recipient.id, text: body.message.text });
      res.writeHead(status, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, failFor, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('outbound messages through the social and phone adapters', () => {
  const pipeline = new TestPipeline();
  let sendApi: SendApi;
  let deadLetters: ReadRecord[];

  const message = (inquiry: Inquiry, overrides: Partial<OutboundMessage> = {}): OutboundMessage => ({
    messageId: randomUUID(),
    inquiryId: inquiry.id,
    channel: inquiry.channel,
    purpose: 'answer',
    language: 'nb',
    body: 'Hei! Du logger inn med BankID på mobil.',
    sentBy: 'adviser',
    createdAt: new Date().toISOString(),
    ...overrides,
  });
  const recorded = async (inquiry: Inquiry) => {
    await pipeline.publisher.publish(Topics.InquiryClassified, [{ key: inquiry.id, value: aClassified('first-line', inquiry) }]);
    await eventually(
      async () => ((await pipeline.db.query<unknown[]>(`SELECT 1 FROM inquiries WHERE id = $1`, [inquiry.id])).length ? true : undefined),
      30_000,
      'the inquiry recorded',
    );
  };
  const historyOf = (inquiryId: string, event: string): Promise<{ actor: string; details: Record<string, unknown> }[]> =>
    pipeline.db.query(`SELECT actor, details FROM inquiry_history WHERE inquiry_id = $1 AND event = $2`, [inquiryId, event]);
  const aSocialInquiry = (psid: string) =>
    anInquiry({ channel: 'social', from: { handle: psid, network: 'facebook' }, to: '@altinn', subject: undefined });

  beforeAll(async () => {
    sendApi = await startSendApi();
    await pipeline.setUp({
      META_PAGE_ACCESS_TOKEN: 'page-token',
      META_GRAPH_URL: `${sendApi.url}/graph`,
      META_APP_SECRET: 'secret',
      META_VERIFY_TOKEN: 'verify',
    });
    deadLetters = await pipeline.collect(Topics.OutboundMessage, { deadLetters: true });
    await Promise.all([pipeline.start('social-adapter'), pipeline.start('phone-adapter'), pipeline.start('router')]);
  }, 120_000);
  afterAll(async () => {
    await pipeline.tearDown();
    await sendApi?.close();
  });

  it('sends a social message once by its messageId, however often it is delivered, and records it', async () => {
    const psid = freshId('psid');
    const inquiry = aSocialInquiry(psid);
    await recorded(inquiry);
    const m = message(inquiry, { subject: 'Svar fra brukerservice' });
    await pipeline.publisher.publish(Topics.OutboundMessage, [{ key: inquiry.id, value: m }]);
    await pipeline.publisher.publish(Topics.OutboundMessage, [{ key: inquiry.id, value: m }]);
    await eventually(async () => ((await historyOf(inquiry.id, 'message-sent')).length ? true : undefined), 20_000, 'the history row');
    await pipeline.processedSoFar('social-adapter-outbound', Topics.OutboundMessage); // both deliveries handled
    expect(sendApi.requests.filter((r) => r.recipient === psid)).toEqual([
      { recipient: psid, text: `Svar fra brukerservice\n\n${m.body}` },
    ]);
    const rows = await historyOf(inquiry.id, 'message-sent');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor: 'adviser', details: { messageId: m.messageId, purpose: 'answer', channel: 'social' } });
  }, 60_000);

  it('waits for a message another instance is sending, and sends it itself when that instance let it go unsent', async () => {
    const psid = freshId('psid');
    const inquiry = aSocialInquiry(psid);
    await recorded(inquiry);
    const m = message(inquiry);
    // Another instance's lease, as a rebalance mid-send leaves it.
    const lease = `${pipeline.redisPrefix}once-lease:outbound:${m.messageId}`;
    await pipeline.redis.set(lease, '1', 'EX', 120);
    await pipeline.publisher.publish(Topics.OutboundMessage, [{ key: inquiry.id, value: m }]);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(sendApi.requests.filter((r) => r.recipient === psid)).toEqual([]);

    await pipeline.redis.del(lease); // that instance failed: nothing marked done
    await eventually(async () => ((await historyOf(inquiry.id, 'message-sent')).length ? true : undefined), 30_000, 'the history row');
    expect(sendApi.requests.filter((r) => r.recipient === psid)).toHaveLength(1);
    expect(deadLetters.filter((r) => r.key === inquiry.id)).toEqual([]);
  }, 60_000);

  it('retries a send the platform failed for a while, and dead-letters one it refuses for good', async () => {
    const flaky = freshId('psid');
    sendApi.failFor.set(flaky, [503, 503]);
    const inquiry = aSocialInquiry(flaky);
    await recorded(inquiry);
    await pipeline.publisher.publish(Topics.OutboundMessage, [{ key: inquiry.id, value: message(inquiry) }]);
    await eventually(
      async () => (sendApi.requests.some((r) => r.recipient === flaky) ? true : undefined),
      30_000,
      'the send after two failures',
    );
    expect(sendApi.failFor.get(flaky)).toEqual([]);

    const refused = freshId('psid');
    sendApi.failFor.set(refused, [400]);
    const other = aSocialInquiry(refused);
    await recorded(other);
    const m = message(other);
    await pipeline.publisher.publish(Topics.OutboundMessage, [{ key: other.id, value: m }]);
    const dead = await eventually(async () => deadLetters.find((d) => d.value?.includes(m.messageId)), 30_000, 'the dead letter');
    expect(dead.headers['x-dlt-reason']).toContain('Meta Send API answered 400');
    expect(await historyOf(other.id, 'message-sent')).toEqual([]);
  }, 90_000);

  it('turns a message for a caller into a call-back task in the history (no outbound voice or SMS provider)', async () => {
    const inquiry = anInquiry({
      channel: 'phone',
      from: { phone: '+4791234567' },
      to: '+4775006000',
      subject: undefined,
      body: 'Innringer: jeg får ikke logget inn.',
    });
    await recorded(inquiry);
    const m = message(inquiry, { purpose: 'case-status', body: 'Saken din er løst.' });
    await pipeline.publisher.publish(Topics.OutboundMessage, [{ key: inquiry.id, value: m }]);
    await pipeline.publisher.publish(Topics.OutboundMessage, [{ key: inquiry.id, value: m }]);
    await eventually(
      async () => ((await historyOf(inquiry.id, 'callback-requested')).length ? true : undefined),
      20_000,
      'the call-back task',
    );
    await pipeline.processedSoFar('phone-adapter-outbound', Topics.OutboundMessage); // both deliveries handled
    const tasks = await historyOf(inquiry.id, 'callback-requested');
    expect(tasks).toHaveLength(1);
    expect(tasks[0].details).toMatchObject({ messageId: m.messageId, purpose: 'case-status', body: 'Saken din er løst.' });
  }, 60_000);
});
