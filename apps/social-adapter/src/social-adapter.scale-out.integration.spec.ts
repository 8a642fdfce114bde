// Integration: real Kafka broker, Postgres (test database) and Redis; two social-adapter instances,
// the classifier and the router run as real processes. The adapters sit behind one address (a
// round-robin proxy in the test, as a load balancer puts them). Only Meta's send API is stood in
// for, by a local HTTP server that records what it receives.
import { createHmac } from 'node:crypto';
import { InquiryReceived, Topics } from '@inquiry-router/contracts';
import { inquiryIdFor } from '@inquiry-router/intake';
import { eventually, freshId, ReadRecord, RoundRobinProxy, TestPipeline } from '@inquiry-router/testing';
import { metaRecipientOf, SendApiRecorder, startSendApiRecorder } from './testing/send-api-recorder';

const appSecret = 'meta-app-secret-for-tests';
const ourPage = '1357924680';

describe('social-adapter, two instances behind one address', () => {
  const pipeline = new TestPipeline();
  let proxy: RoundRobinProxy;
  let sendApi: SendApiRecorder;
  let received: ReadRecord[];

  beforeAll(async () => {
    sendApi = await startSendApiRecorder();
    await pipeline.setUp({
      META_VERIFY_TOKEN: 'verify-token-for-tests',
      META_APP_SECRET: appSecret,
      META_PAGE_ACCESS_TOKEN: 'page-token',
      META_GRAPH_URL: `${sendApi.url}/graph/v21.0`,
    });
    const [a, b] = await Promise.all([
      pipeline.start('social-adapter'),
      pipeline.startInstance('social-adapter', 'b'),
      pipeline.start('classifier'),
      pipeline.start('router'),
    ]);
    proxy = new RoundRobinProxy([a.port, b.port]);
    await proxy.start();
    received = await pipeline.collect(Topics.InquiryReceived);
  }, 120_000);
  afterAll(async () => {
    await proxy?.stop();
    await pipeline.tearDown();
    await sendApi?.close();
  });

  /** One Messenger delivery, signed as Meta signs it (hex HMAC-SHA256 of the exact bytes). */
  const delivery = (senderId: string, mid: string, text: string) => {
    const raw = JSON.stringify({
      object: 'page',
      entry: [
        {
          id: ourPage,
          time: Date.now(),
          messaging: [{ sender: { id: senderId }, recipient: { id: ourPage }, timestamp: Date.now(), message: { mid, text } }],
        },
      ],
    });
    return { raw, signature: `sha256=${createHmac('sha256', appSecret).update(raw).digest('hex')}` };
  };
  /** Who the send API was asked to answer, in order. */
  const recipients = () => sendApi.requests.map(metaRecipientOf);
  const post = ({ raw, signature }: { raw: string; signature: string }) =>
    fetch(`${proxy.url}/webhooks/meta`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
      body: raw,
    });
  const routedCount = async (id: string) => {
    const [{ n }]: { n: number }[] = await pipeline.db.query(
      `SELECT count(*)::int AS n FROM inquiry_history WHERE event = 'routed' AND inquiry_id = $1`,
      [id],
    );
    return n;
  };
  const newSender = () => String(Date.now()) + String(Math.floor(Math.random() * 1e6));

  it('makes one inquiry, acknowledged once, of the same delivery sent to both instances at once', async () => {
    const sender = newSender();
    const mid = freshId('m');
    const id = inquiryIdFor('social', mid);
    const same = delivery(sender, mid, 'Hei, jeg får ikke logget inn med BankID på mobilen');
    const served = [...proxy.served];
    const answers = await Promise.all([post(same), post(same)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(proxy.served.map((n, i) => n - served[i])).toEqual([1, 1]);

    await eventually(async () => ((await routedCount(id)) > 0 ? true : undefined), 30_000, 'routed');
    await eventually(async () => (recipients().includes(sender) ? true : undefined), 20_000, 'the acknowledgement');
    // A later conversation's acknowledgement marks that both instances are past this delivery.
    const marker = newSender();
    expect((await post(delivery(marker, freshId('m'), 'Hei, kontrollmelding'))).status).toBe(200);
    await eventually(async () => (recipients().includes(marker) ? true : undefined), 20_000, 'the marker acknowledged');

    expect(await routedCount(id)).toBe(1);
    expect(recipients().filter((r) => r === sender)).toHaveLength(1);
    const copies = received.filter((r) => r.key === id).map((r) => (JSON.parse(r.value!) as InquiryReceived).inquiry);
    expect(copies.length).toBeGreaterThanOrEqual(1);
    expect(copies.every((c) => c.threadRef === undefined)).toBe(true); // both opened the same conversation, not one each
  }, 90_000);

  it('joins the later messages of a conversation to its first one, whichever instance takes them', async () => {
    const sender = newSender();
    const mids = [freshId('m'), freshId('m'), freshId('m')];
    const served = [...proxy.served];
    for (const [i, mid] of mids.entries()) {
      expect((await post(delivery(sender, mid, `Melding ${i + 1}: hvordan gir jeg regnskapsføreren tilgang?`))).status).toBe(200);
    }
    expect(proxy.served.every((n, i) => n > served[i])).toBe(true);
    const [first, ...later] = mids.map((mid) => inquiryIdFor('social', mid));
    const published = await eventually(
      async () => {
        const found = [first, ...later].map((id) => received.find((r) => r.key === id));
        return found.every(Boolean) ? found.map((r) => (JSON.parse(r!.value!) as InquiryReceived).inquiry) : undefined;
      },
      20_000,
      'every message published',
    );
    expect(published.map((p) => p.threadRef)).toEqual([undefined, first, first]);
  }, 60_000);
});
