// Fuzz: malformed and hostile webhook bodies against the real social-adapter process (real Kafka
// and Redis behind it). Every request must get an answer below 500, promptly, and the app must
// stay alive.
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { fuzzSeed, TestPipeline } from '@inquiry-router/testing';

const appSecret = 'fuzz-meta-secret';
const consumerSecret = 'fuzz-x-secret';

/** `signature`: 'valid' to sign the body correctly, or else the header to send as it is. */
type Case = { target: 'meta' | 'x'; body: string; signature: string; contentType: string };

const text = fc.string({ maxLength: 40 });
const anything = fc.anything({ maxDepth: 3 });
const orJunk = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: anything });

// Meta-shaped bodies whose every field may be of the wrong type.
const metaEvent = fc.record(
  {
    sender: orJunk(fc.record({ id: orJunk(fc.stringMatching(/^[0-9]{1,20}$/)) })),
    recipient: orJunk(fc.record({ id: orJunk(fc.constant('1357')) })),
    timestamp: orJunk(fc.integer()),
    message: orJunk(
      fc.record(
        {
          mid: orJunk(fc.string({ minLength: 1, maxLength: 30 })),
          text: orJunk(text),
          is_echo: orJunk(fc.boolean()),
          attachments: orJunk(
            fc.array(fc.record({ type: orJunk(text), payload: orJunk(fc.record({ url: orJunk(fc.webUrl()) })) }), { maxLength: 3 }),
          ),
        },
        { requiredKeys: [] },
      ),
    ),
    delivery: fc.constant({ watermark: 1 }),
  },
  { requiredKeys: [] },
);
const metaBody = fc.record(
  {
    object: orJunk(fc.constantFrom('page', 'instagram', 'user')),
    entry: orJunk(
      fc.array(fc.record({ id: text, messaging: orJunk(fc.array(metaEvent, { maxLength: 4 })) }, { requiredKeys: [] }), { maxLength: 3 }),
    ),
  },
  { requiredKeys: [] },
);
// X-shaped bodies, likewise.
const xBody = fc.record(
  {
    for_user_id: orJunk(fc.constant('1000')),
    direct_message_events: orJunk(
      fc.array(
        fc.record(
          {
            type: orJunk(fc.constantFrom('message_create', 'typing')),
            id: orJunk(fc.string({ minLength: 1, maxLength: 20 })),
            created_timestamp: orJunk(fc.string()),
            message_create: orJunk(
              fc.record(
                {
                  sender_id: orJunk(fc.stringMatching(/^[0-9]{1,20}$/)),
                  target: orJunk(fc.record({ recipient_id: orJunk(fc.constant('1000')) })),
                  message_data: orJunk(fc.record({ text: orJunk(text), attachment: anything }, { requiredKeys: [] })),
                },
                { requiredKeys: [] },
              ),
            ),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 4 },
      ),
    ),
    users: orJunk(fc.dictionary(fc.stringMatching(/^[0-9]{1,5}$/), fc.record({ screen_name: orJunk(text) }))),
  },
  { requiredKeys: [] },
);

const target = fc.constantFrom<'meta' | 'x'>('meta', 'x');
const json = 'application/json';
const cases: fc.Arbitrary<Case> = fc.oneof(
  // Random JSON values, validly signed.
  fc.record({
    target,
    body: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? 'null'),
    signature: fc.constant('valid'),
    contentType: fc.constant(json),
  }),
  // The documented shapes with wrong types anywhere, validly signed.
  fc.record({
    target: fc.constant<'meta'>('meta'),
    body: metaBody.map((v) => JSON.stringify(v)),
    signature: fc.constant('valid'),
    contentType: fc.constant(json),
  }),
  fc.record({
    target: fc.constant<'x'>('x'),
    body: xBody.map((v) => JSON.stringify(v)),
    signature: fc.constant('valid'),
    contentType: fc.constant(json),
  }),
  // Truncated JSON, validly signed.
  fc.record({
    target,
    body: fc
      .tuple(
        metaBody.map((v) => JSON.stringify(v)),
        fc.double({ min: 0, max: 1, noNaN: true }),
      )
      .map(([s, cut]) => s.slice(0, Math.floor(s.length * cut))),
    signature: fc.constant('valid'),
    contentType: fc.constant(json),
  }),
  // Garbage bytes that claim to be JSON, validly signed.
  fc.record({
    target,
    body: fc.string({ unit: 'binary', maxLength: 200 }),
    signature: fc.constant('valid'),
    contentType: fc.constant(json),
  }),
  // Well-formed bodies with bad signatures.
  fc.record({
    target,
    body: metaBody.map((v) => JSON.stringify(v)),
    signature: fc.oneof(
      text,
      fc.constant('sha256='),
      fc.stringMatching(/^[0-9a-f]{64}$/).map((h) => `sha256=${h}`),
      fc.base64String().map((b) => `sha256=${b}`),
    ),
    contentType: fc.constant(json),
  }),
  // Odd content types.
  fc.record({
    target,
    body: text,
    signature: fc.constant('valid'),
    contentType: fc.constantFrom(
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/json; charset=utf-16',
      'multipart/form-data',
      '',
    ),
  }),
);

// A few deliberately heavy bodies: huge strings just under and over the 1 MB limit, deep nesting.
const heavy: Case[] = [
  {
    target: 'meta',
    body: JSON.stringify({
      object: 'page',
      entry: [{ messaging: [{ sender: { id: '1' }, recipient: { id: '2' }, message: { mid: 'huge', text: 'x'.repeat(900_000) } }] }],
    }),
    signature: 'valid',
    contentType: json,
  },
  { target: 'meta', body: JSON.stringify({ object: 'page', entry: 'y'.repeat(1_200_000) }), signature: 'valid', contentType: json },
  {
    target: 'x',
    body: JSON.stringify({
      direct_message_events: [
        {
          type: 'message_create',
          id: 'h',
          message_create: { sender_id: '5', target: { recipient_id: '1000' }, message_data: { text: 'z'.repeat(500_000) } },
        },
      ],
    }),
    signature: 'valid',
    contentType: json,
  },
  { target: 'x', body: '['.repeat(200_000) + ']'.repeat(200_000), signature: 'valid', contentType: json },
  { target: 'meta', body: '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000), signature: 'valid', contentType: json },
  {
    target: 'meta',
    body: JSON.stringify({ object: 'page', entry: Array.from({ length: 5000 }, () => ({ messaging: [{ read: {} }] })) }),
    signature: 'valid',
    contentType: json,
  },
];

describe('social-adapter under malformed webhooks', () => {
  const pipeline = new TestPipeline();
  const seed = fuzzSeed();

  beforeAll(async () => {
    await pipeline.setUp({
      META_VERIFY_TOKEN: 'fuzz-verify',
      META_APP_SECRET: appSecret,
      X_CONSUMER_SECRET: consumerSecret,
      X_ACCOUNT_ID: '1000',
      // Acknowledgements go nowhere (closed port): failing sends must not disturb the webhooks.
      META_GRAPH_URL: 'http://127.0.0.1:9',
      X_API_URL: 'http://127.0.0.1:9',
      META_PAGE_ACCESS_TOKEN: 't',
      X_BEARER_TOKEN: 't',
      LOG_LEVEL: 'warn',
    });
    await pipeline.start('social-adapter');
  }, 120_000);
  afterAll(() => pipeline.tearDown());

  async function send(c: Case): Promise<number> {
    const signature =
      c.signature !== 'valid'
        ? c.signature
        : c.target === 'meta'
          ? `sha256=${createHmac('sha256', appSecret).update(c.body).digest('hex')}`
          : `sha256=${createHmac('sha256', consumerSecret).update(c.body).digest('base64')}`;
    const header = c.target === 'meta' ? 'x-hub-signature-256' : 'x-twitter-webhooks-signature';
    const headers: Record<string, string> = { [header]: signature };
    if (c.contentType) headers['content-type'] = c.contentType;
    const res = await fetch(pipeline.url('social-adapter', `/webhooks/${c.target}`), {
      method: 'POST',
      headers,
      body: c.body,
      signal: AbortSignal.timeout(10_000),
    });
    await res.arrayBuffer();
    return res.status;
  }

  it(`answers every one of 1,200 malformed webhooks with 2xx or 4xx, never 5xx or a hang, and stays alive (FUZZ_SEED=${seed})`, async () => {
    const started = Date.now();
    const statuses = new Map<number, number>();
    const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);

    for (const c of heavy) {
      const status = await send(c);
      count(status);
      expect({ body: c.body.slice(0, 60), server_error: status >= 500 }).toEqual({ body: c.body.slice(0, 60), server_error: false });
    }
    // Handshakes with junk queries too.
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom('hub.mode', 'hub.verify_token', 'hub.challenge', 'crc_token', 'nonce'), text),
        target,
        async (query, t) => {
          const res = await fetch(pipeline.url('social-adapter', `/webhooks/${t}?${new URLSearchParams(query).toString()}`), {
            signal: AbortSignal.timeout(10_000),
          });
          await res.arrayBuffer();
          count(res.status);
          return res.status < 500;
        },
      ),
      { numRuns: 100, seed },
    );
    // The generated bodies: which of them got past the signature and content-type checks to be read.
    const read = { total: 0, past: 0 };
    await fc.assert(
      fc.asyncProperty(cases, async (c) => {
        const status = await send(c);
        count(status);
        read.total++;
        if (status !== 403 && status !== 415) read.past++;
        return status >= 200 && status < 500;
      }),
      { numRuns: 1200, seed },
    );
    process.stderr.write(
      `social fuzz FUZZ_SEED=${seed}: ${read.past} of ${read.total} generated bodies read, in ${Date.now() - started} ms; statuses ${JSON.stringify(Object.fromEntries(statuses))}\n`,
    );

    expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
    // Most generated bodies are validly signed JSON (about three in four; 909 of 1,200 with one seed):
    // they must reach the parsers, not all stop at the signature or content-type check.
    expect(read.past).toBeGreaterThan(read.total * 0.6);
    // The mix did reach every kind of answer, not only one refusal.
    expect([...statuses.keys()].sort()).toEqual(expect.arrayContaining([200, 400, 403, 413]));
    expect((await fetch(pipeline.url('social-adapter', '/health/live'))).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);
});
