// Integration: real Kafka broker, Postgres (test database) and Redis; social-adapter, classifier
// and router run as real processes built from this repo. Only Meta's and X's send APIs are
// stood in for, by a local HTTP server that records what it receives.
import { createHmac } from 'node:crypto';
import { Inquiry, InquiryReceived, Topics } from '@inquiry-router/contracts';
import { inquiryIdFor } from '@inquiry-router/intake';
import type { ProblemDocument } from '@inquiry-router/runtime';
import { eventually, freshId, ReadRecord, TestPipeline } from '@inquiry-router/testing';
import { metaRecipientOf, SendApiRecorder, startSendApiRecorder } from './testing/send-api-recorder';

const appSecret = 'meta-app-secret-for-tests';
const verifyToken = 'verify-token-for-tests';
const consumerSecret = 'x-consumer-secret-for-tests';
const ourXAccount = '1000000001';
const ourPage = '1357924680';

describe('social-adapter webhooks, end to end', () => {
  const pipeline = new TestPipeline();
  let sendApi: SendApiRecorder;
  let received: ReadRecord[];

  beforeAll(async () => {
    sendApi = await startSendApiRecorder();
    await pipeline.setUp({
      META_VERIFY_TOKEN: verifyToken,
      META_APP_SECRET: appSecret,
      META_PAGE_ACCESS_TOKEN: 'page-token',
      META_GRAPH_URL: `${sendApi.url}/graph/v21.0`,
      X_CONSUMER_SECRET: consumerSecret,
      X_BEARER_TOKEN: 'x-user-token',
      X_ACCOUNT_ID: ourXAccount,
      X_API_URL: `${sendApi.url}/x`,
    });
    await Promise.all([pipeline.start('social-adapter'), pipeline.start('classifier'), pipeline.start('router')]);
    received = await pipeline.collect(Topics.InquiryReceived);
  }, 120_000);
  afterAll(async () => {
    await pipeline.tearDown();
    await sendApi?.close();
  });

  const url = (path: string) => pipeline.url('social-adapter', path);

  // Signed as each platform documents it: HMAC-SHA256 of the exact bytes, keyed with Meta's app
  // secret (hex) or X's consumer secret (base64).
  const webhooks = {
    meta: { path: '/webhooks/meta', header: 'x-hub-signature-256', secret: appSecret, encoding: 'hex' },
    x: { path: '/webhooks/x', header: 'x-twitter-webhooks-signature', secret: consumerSecret, encoding: 'base64' },
  } as const;

  function postSigned(platform: keyof typeof webhooks, body: unknown, signature?: string) {
    const { path, header, secret, encoding } = webhooks[platform];
    const raw = JSON.stringify(body);
    const sig = signature ?? `sha256=${createHmac('sha256', secret).update(raw).digest(encoding)}`;
    return fetch(url(path), { method: 'POST', headers: { 'content-type': 'application/json', [header]: sig }, body: raw });
  }
  const postMeta = (body: unknown, signature?: string) => postSigned('meta', body, signature);
  const postX = (body: unknown, signature?: string) => postSigned('x', body, signature);

  const messengerEvent = (senderId: string, message: Record<string, unknown>) => ({
    sender: { id: senderId },
    recipient: { id: ourPage },
    timestamp: Date.now(),
    message,
  });
  const messenger = (...events: object[]) => ({ object: 'page', entry: [{ id: ourPage, time: Date.now(), messaging: events }] });
  const newSender = () => String(Date.now()) + String(Math.floor(Math.random() * 1e6));

  async function publishedInquiry(id: string): Promise<Inquiry> {
    const record = await eventually(async () => received.find((r) => r.key === id), 20_000, `${id} on ${Topics.InquiryReceived}`);
    return (JSON.parse(record.value!) as InquiryReceived).inquiry;
  }

  const toRecipient = (id: string) => sendApi.requests.filter((r) => metaRecipientOf(r) === id);

  /**
   * A later message from a new sender, published and acknowledged: the marker that the adapter got
   * past what was posted before it (a webhook answers only after publishing, and acknowledges after that).
   */
  async function laterMessageHandled(): Promise<void> {
    const sender = newSender();
    const marker = freshId('marker');
    const res = await postMeta(messenger(messengerEvent(sender, { mid: marker, text: 'Hei, kontrollmelding' })));
    expect(res.status).toBe(200);
    await publishedInquiry(inquiryIdFor('social', marker));
    await eventually(async () => (toRecipient(sender).length > 0 ? true : undefined), 10_000, 'the marker acknowledged');
  }

  /** After a later message is handled, nothing published for `ids`. */
  async function expectNothingPublishedFor(ids: string[]): Promise<void> {
    await laterMessageHandled();
    expect(received.filter((r) => r.key !== null && ids.includes(r.key))).toEqual([]);
  }

  it('answers Meta’s verification handshake with the challenge, and refuses a wrong token or mode', async () => {
    const ok = await fetch(url(`/webhooks/meta?hub.mode=subscribe&hub.verify_token=${verifyToken}&hub.challenge=1158201444`));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await ok.text()).toBe('1158201444');

    const wrongToken = await fetch(url('/webhooks/meta?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1'));
    expect(wrongToken.status).toBe(403);
    expect(((await wrongToken.json()) as ProblemDocument).message).toMatch(/verify_token/);
    const wrongMode = await fetch(url(`/webhooks/meta?hub.mode=unsubscribe&hub.verify_token=${verifyToken}&hub.challenge=1`));
    expect(wrongMode.status).toBe(403);
  });

  it('turns a signed Messenger message into an inquiry that the router records, and acknowledges it in bokmål', async () => {
    const sender = newSender();
    const mid = freshId('m');
    const text = 'Hei! Jeg får ikke logget inn i portalen med BankID, det står bare feilkode 403. Hva gjør jeg?';
    const res = await postMeta(messenger(messengerEvent(sender, { mid, text })));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ received: 1, ignored: 0 });

    const id = inquiryIdFor('social', mid);
    const inquiry = await publishedInquiry(id);
    expect(inquiry).toMatchObject({ id, channel: 'social', from: { handle: sender, network: 'facebook' }, to: '@altinn', body: text });
    expect(inquiry.threadRef).toBeUndefined();

    const row = await eventually(
      async () => {
        const rows: { status: string; target: string }[] = await pipeline.db.query(
          `SELECT i.status, d.target FROM inquiries i JOIN routing_decisions d ON d.inquiry_id = i.id WHERE i.id = $1`,
          [id],
        );
        return rows[0];
      },
      30_000,
      'recorded by the router',
    );
    expect(row.target).toBe('second-line');

    const ack = await eventually(async () => toRecipient(sender)[0], 10_000, 'acknowledgement');
    expect(ack.method).toBe('POST');
    expect(ack.url).toBe('/graph/v21.0/me/messages?access_token=page-token');
    expect(ack.body).toEqual({
      recipient: { id: sender },
      messaging_type: 'RESPONSE',
      message: { text: expect.stringContaining(id) as unknown },
    });
    expect((ack.body as { message: { text: string } }).message.text).toMatch(/Vi svarer deg innen 4 timer/);
  });

  it('ignores echoes, deliveries and reads: 200, nothing published', async () => {
    const sender = newSender();
    const echo = freshId('m-echo');
    const res = await postMeta(
      messenger(
        {
          sender: { id: ourPage },
          recipient: { id: sender },
          timestamp: Date.now(),
          message: { mid: echo, text: 'Vårt svar', is_echo: true },
        },
        { sender: { id: sender }, recipient: { id: ourPage }, timestamp: Date.now(), delivery: { mids: [echo], watermark: Date.now() } },
        { sender: { id: sender }, recipient: { id: ourPage }, timestamp: Date.now(), read: { watermark: Date.now() } },
      ),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ received: 0, ignored: 3 });
    await expectNothingPublishedFor([inquiryIdFor('social', echo)]);
  });

  it('refuses a bad or missing signature with 403 and publishes nothing', async () => {
    const mid = freshId('m-forged');
    const body = messenger(messengerEvent(newSender(), { mid, text: 'Forfalsket' }));
    const forged = await postMeta(body, `sha256=${createHmac('sha256', 'not-the-secret').update(JSON.stringify(body)).digest('hex')}`);
    expect(forged.status).toBe(403);
    expect(((await forged.json()) as ProblemDocument).message).toMatch(/X-Hub-Signature-256/);
    const unsigned = await fetch(url('/webhooks/meta'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(unsigned.status).toBe(403);
    await expectNothingPublishedFor([inquiryIdFor('social', mid)]);
  });

  it('refuses a body changed after it was signed, from Meta and from X; an X delivery sent twice is one inquiry', async () => {
    const [mid, eventId] = [freshId('m-tampered'), freshId('x-tampered')];
    const metaSigned = messenger(messengerEvent(newSender(), { mid, text: 'Hei' }));
    const metaChanged = messenger(messengerEvent(newSender(), { mid, text: 'Hei, endret underveis' }));
    const metaSignature = `sha256=${createHmac('sha256', appSecret).update(JSON.stringify(metaSigned)).digest('hex')}`;
    expect((await postMeta(metaChanged, metaSignature)).status).toBe(403);
    const sender = newSender();
    const xDelivery = (text: string) => ({
      for_user_id: ourXAccount,
      direct_message_events: [
        {
          type: 'message_create',
          id: eventId,
          created_timestamp: String(Date.now()),
          message_create: { target: { recipient_id: ourXAccount }, sender_id: sender, message_data: { text } },
        },
      ],
      users: { [sender]: { id: sender, screen_name: 'endret' } },
    });
    const xSignature = `sha256=${createHmac('sha256', consumerSecret)
      .update(JSON.stringify(xDelivery('Hei')))
      .digest('base64')}`;
    expect((await postX(xDelivery('Hei, endret underveis'), xSignature)).status).toBe(403);
    // The same delivery as signed is taken, and twice is one inquiry.
    expect((await postX(xDelivery('Hei'))).status).toBe(200);
    expect((await postX(xDelivery('Hei'))).status).toBe(200);
    const id = inquiryIdFor('social', `x:${eventId}`);
    await eventually(
      async () => ((await pipeline.db.query<unknown[]>(`SELECT id FROM inquiries WHERE id = $1`, [id])).length > 0 ? true : undefined),
      30_000,
      'the X delivery recorded',
    );
    await expectNothingPublishedFor([inquiryIdFor('social', mid)]);
    // Only the text as signed went on: the changed one was never published.
    const texts = received.filter((r) => r.key === id).map((r) => (JSON.parse(r.value!) as InquiryReceived).inquiry.body);
    expect(new Set(texts)).toEqual(new Set(['Hei']));
    const [{ n }]: { n: number }[] = await pipeline.db.query(`SELECT count(*)::int AS n FROM inquiries WHERE id = $1`, [id]);
    expect(n).toBe(1);
  });

  it('threads a conversation: later messages carry the first message’s inquiry id', async () => {
    const sender = newSender();
    const [first, second, third] = [freshId('m1'), freshId('m2'), freshId('m3')];
    expect((await postMeta(messenger(messengerEvent(sender, { mid: first, text: 'Hei, jeg får ikke sendt inn skjemaet.' })))).status).toBe(
      200,
    );
    // Two more in one delivery, one with an attachment only.
    const res = await postMeta(
      messenger(
        messengerEvent(sender, { mid: second, text: 'Det gjelder RF-1086.' }),
        messengerEvent(sender, { mid: third, attachments: [{ type: 'image', payload: { url: 'https://cdn.example/skjermbilde.png' } }] }),
      ),
    );
    expect(res.status).toBe(200);
    const firstId = inquiryIdFor('social', first);
    expect((await publishedInquiry(firstId)).threadRef).toBeUndefined();
    expect((await publishedInquiry(inquiryIdFor('social', second))).threadRef).toBe(firstId);
    const withAttachment = await publishedInquiry(inquiryIdFor('social', third));
    expect(withAttachment.threadRef).toBe(firstId);
    expect(withAttachment.body).toBe('[Vedlegg: skjermbilde.png https://cdn.example/skjermbilde.png]');
    expect(withAttachment.attachments).toEqual([{ filename: 'skjermbilde.png', contentType: 'image/*', size: 0 }]);
    // Only the opening message is acknowledged.
    await eventually(async () => sendApi.requests.find((r) => JSON.stringify(r.body).includes(firstId)), 10_000, 'acknowledgement');
    await laterMessageHandled();
    expect(toRecipient(sender)).toHaveLength(1);
  });

  it('acknowledges once and records one inquiry when Meta retries the same delivery', async () => {
    const sender = newSender();
    const mid = freshId('m-retried');
    const body = messenger(messengerEvent(sender, { mid, text: 'Hello, I cannot log in to the portal. What should I do?' }));
    expect((await postMeta(body)).status).toBe(200);
    // Retries: one at once, then two together.
    expect((await postMeta(body)).status).toBe(200);
    const both = await Promise.all([postMeta(body), postMeta(body)]);
    expect(both.map((r) => r.status)).toEqual([200, 200]);

    // Each delivery was answered only once published: four copies, none of them threaded to another.
    const id = inquiryIdFor('social', mid);
    const copies = await eventually(
      async () => (received.filter((r) => r.key === id).length === 4 ? received.filter((r) => r.key === id) : undefined),
      20_000,
      'the four deliveries published',
    );
    expect(copies.map((copy) => (JSON.parse(copy.value!) as InquiryReceived).inquiry.threadRef)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    await eventually(async () => (toRecipient(sender).length > 0 ? true : undefined), 10_000, 'acknowledgement');
    await eventually(
      async () => {
        const rows: unknown[] = await pipeline.db.query(`SELECT id FROM inquiries WHERE id = $1`, [id]);
        return rows.length > 0 ? true : undefined;
      },
      30_000,
      'recorded',
    );
    await laterMessageHandled();
    expect(toRecipient(sender)).toHaveLength(1);
    // The promise names the target and when it falls due, counted in opening time (libs/opening-hours).
    expect((toRecipient(sender)[0].body as { message: { text: string } }).message.text).toMatch(
      new RegExp(
        `^Thank you for your message\\. Your reference number is ${id}\\. We will answer within 4 opening hours, by [A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ at \\d\\d:\\d\\d \\(Norwegian time\\)\\.$`,
      ),
    );
    const [{ n }]: { n: number }[] = await pipeline.db.query(`SELECT count(*)::int AS n FROM inquiries WHERE id = $1`, [id]);
    expect(n).toBe(1);
  });

  it('answers X’s CRC check with the documented HMAC', async () => {
    const token = freshId('crc');
    const res = await fetch(url(`/webhooks/x?crc_token=${token}&nonce=abc`));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ response_token: `sha256=${createHmac('sha256', consumerSecret).update(token).digest('base64')}` });
    expect((await fetch(url('/webhooks/x'))).status).toBe(400);
  });

  it('turns a signed X direct message into an inquiry, ignores our own, and answers through the X API', async () => {
    const sender = newSender();
    const [eventId, ownEventId] = [freshId('x'), freshId('x-own')];
    const dm = (id: string, from: string, to: string, text: string) => ({
      type: 'message_create',
      id,
      created_timestamp: String(Date.now()),
      message_create: { target: { recipient_id: to }, sender_id: from, message_data: { text, entities: { hashtags: [], urls: [] } } },
    });
    const res = await postX({
      for_user_id: ourXAccount,
      direct_message_events: [
        dm(eventId, sender, ourXAccount, 'Hei, hvordan gir jeg regnskapsføreren tilgang?'),
        dm(ownEventId, ourXAccount, sender, 'Vårt svar'),
      ],
      users: {
        [sender]: { id: sender, screen_name: 'kari_nordmann', name: 'Kari' },
        [ourXAccount]: { id: ourXAccount, screen_name: 'altinn' },
      },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ received: 1, ignored: 1 });

    const id = inquiryIdFor('social', `x:${eventId}`);
    const inquiry = await publishedInquiry(id);
    expect(inquiry).toMatchObject({
      id,
      channel: 'social',
      from: { handle: '@kari_nordmann', network: 'x' },
      body: 'Hei, hvordan gir jeg regnskapsføreren tilgang?',
    });

    const ack = await eventually(
      async () => sendApi.requests.find((r) => r.url === `/x/2/dm_conversations/with/${sender}/messages`),
      10_000,
      'X acknowledgement',
    );
    expect(ack.headers.authorization).toBe('Bearer x-user-token');
    expect((ack.body as { text: string }).text).toContain(id);

    const forged = await fetch(url('/webhooks/x'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-twitter-webhooks-signature': 'sha256=AAAA' },
      body: JSON.stringify({ direct_message_events: [] }),
    });
    expect(forged.status).toBe(403);
    await expectNothingPublishedFor([inquiryIdFor('social', `x:${ownEventId}`)]);
  });

  it('refuses malformed, misshapen and oversized bodies with a 4xx and the reason', async () => {
    const badJson = await fetch(url('/webhooks/meta'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': 'sha256=00' },
      body: '{"object":',
    });
    expect(badJson.status).toBe(400);
    expect(await badJson.json()).toMatchObject({ message: 'the body is not valid JSON' });

    const misshapen = await postMeta({
      object: 'page',
      entry: [{ messaging: [{ sender: {}, recipient: { id: ourPage }, message: { mid: 5 } }] }],
    });
    expect(misshapen.status).toBe(400);
    expect(((await misshapen.json()) as ProblemDocument).message).toEqual([
      'entry[0].messaging[0].message.mid must be a non-empty string',
      'entry[0].messaging[0].sender.id must be a non-empty string',
    ]);

    const huge = await postMeta(messenger(messengerEvent(newSender(), { mid: freshId('m'), text: 'x'.repeat(1_100_000) })));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ message: 'the body is larger than 1048576 bytes' });

    const notJson = await fetch(url('/webhooks/meta'), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect(notJson.status).toBe(415);
  });
});
