// Integration fuzz: malformed Twilio webhooks against the running phone-adapter (real process,
// real Kafka and Redis). Every request must be answered, with 2xx or 4xx, never 5xx or silence.
import fc from 'fast-check';
import twilio from 'twilio';
import { fuzzSeed, TestPipeline, twilioWebhooks } from '@inquiry-router/testing';

const { aCallSid, authToken, servicedeskNumber, supportNumber } = twilioWebhooks;

const paths = [
  '/voice/incoming',
  '/voice/menu',
  '/voice/describe?choice=1',
  '/voice/describe?choice=4',
  '/voice/callback',
  '/voice/transcription',
  '/voice/goodbye',
];

/** Field values Twilio might send, or nearly: the interesting edge of each field, and junk. */
const value = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('', ' ', '0', '-1', '1e309', 'null', 'undefined', '[object Object]', '__proto__', '%ZZ', '\u0000', '\uFFFD'),
  fc.constantFrom(supportNumber, servicedeskNumber, 'anonymous', '+4792900840', 'client:alice', 'sip:x@example.com'),
  fc.constant(aCallSid()),
  fc.integer().map(String),
);
/** Now and then a value big enough to pass the body size limit. */
const anyValue = fc.oneof({ weight: 15, arbitrary: value }, { weight: 1, arbitrary: fc.nat({ max: 120_000 }).map((n) => 'ø'.repeat(n)) });
const fieldName = fc.oneof(
  fc.constantFrom(
    'CallSid',
    'From',
    'To',
    'Digits',
    'SpeechResult',
    'Confidence',
    'RecordingUrl',
    'RecordingSid',
    'TranscriptionText',
    'TranscriptionStatus',
    '__proto__',
    'constructor',
    'a[b][c]',
    'CallSid[]',
  ),
  fc.string({ minLength: 1, maxLength: 20 }),
);
const formFields = fc.array(fc.tuple(fieldName, anyValue), { maxLength: 12 });

type Body = { kind: 'form'; fields: [string, string][] } | { kind: 'bytes'; bytes: Uint8Array } | { kind: 'text'; text: string };
/** A real-looking call with some fields replaced or added: gets past the field checks into the IVR. */
const nearlyACall = fc
  .tuple(fc.constantFrom(supportNumber, servicedeskNumber, '+4722222222'), fc.constantFrom('+4792900840', 'anonymous', ''), formFields)
  .map(([to, from, extra]): [string, string][] => [
    ['CallSid', aCallSid()],
    ['To', to],
    ['From', from],
    ['AccountSid', `AC${'0'.repeat(32)}`],
    ...extra.slice(0, 3),
  ]);
const body: fc.Arbitrary<Body> = fc.oneof(
  { weight: 3, arbitrary: formFields.map((fields): Body => ({ kind: 'form', fields })) },
  { weight: 4, arbitrary: nearlyACall.map((fields): Body => ({ kind: 'form', fields })) },
  // Invalid UTF-8 and other raw bytes, as form data.
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 2000 }).map((bytes): Body => ({ kind: 'bytes', bytes })) },
  { weight: 1, arbitrary: fc.oneof(fc.json(), fc.string()).map((text): Body => ({ kind: 'text', text })) },
);
const signatureKind = fc.constantFrom('valid', 'valid', 'valid', 'absent', 'random', 'other-token', 'other-path');
const contentType = fc.oneof(
  { weight: 8, arbitrary: fc.constant('application/x-www-form-urlencoded') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'application/json',
      'text/plain',
      'multipart/form-data; boundary=x',
      'application/x-www-form-urlencoded; charset=latin1',
      null,
    ),
  },
);
const path = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...paths) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }).map((s) => `/voice/describe?choice=${encodeURIComponent(s)}`) },
);

/** What the adapter will see: the fields of the body as sent, for signing them as Twilio would. */
function signedFields(raw: Buffer): Record<string, string | string[]> {
  const params = Object.create(null) as Record<string, string | string[]>;
  for (const [k, v] of new URLSearchParams(raw.toString('utf8'))) {
    const seen = params[k];
    params[k] = seen === undefined ? v : Array.isArray(seen) ? [...seen, v] : [seen, v];
  }
  return params;
}

describe('phone-adapter under malformed webhooks', () => {
  const pipeline = new TestPipeline();
  const statuses = new Map<number, number>();
  const seed = fuzzSeed();

  beforeAll(async () => {
    // No classifier: describe steps wait out a short deadline, so the run stays quick.
    await pipeline.setUp({
      TWILIO_AUTH_TOKEN: authToken,
      CLOCK_STARTS_AT: '2025-01-14T09:00:00Z',
      DECISION_DEADLINE_MS: '30',
      LOG_LEVEL: 'warn',
    });
    await pipeline.start('phone-adapter');
  }, 120_000);
  afterAll(() => pipeline.tearDown());

  it(`answers 1,200 malformed webhooks with 2xx or 4xx, and stays alive (FUZZ_SEED=${seed})`, async () => {
    await fc.assert(
      fc.asyncProperty(path, body, signatureKind, contentType, async (p, b, signature, type) => {
        const url = pipeline.url('phone-adapter', p);
        const raw =
          b.kind === 'form'
            ? Buffer.from(new URLSearchParams(b.fields).toString())
            : b.kind === 'bytes'
              ? Buffer.from(b.bytes)
              : Buffer.from(b.text);
        const fields = signedFields(raw);
        const headers: Record<string, string> = {};
        if (type) headers['content-type'] = type;
        if (signature === 'valid') headers['x-twilio-signature'] = twilio.getExpectedTwilioSignature(authToken, url, fields);
        if (signature === 'random') headers['x-twilio-signature'] = Buffer.from(raw.subarray(0, 20)).toString('base64') || 'x';
        if (signature === 'other-token') headers['x-twilio-signature'] = twilio.getExpectedTwilioSignature('not-our-token', url, fields);
        if (signature === 'other-path')
          headers['x-twilio-signature'] = twilio.getExpectedTwilioSignature(
            authToken,
            pipeline.url('phone-adapter', '/voice/other'),
            fields,
          );
        const res = await fetch(url, { method: 'POST', headers, body: raw, signal: AbortSignal.timeout(10_000) });
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status >= 500 || res.status < 200)
          throw new Error(`${res.status} for ${p} (${signature}, ${type}): ${raw.subarray(0, 200).toString('utf8')}`);
      }),
      { numRuns: 1200, seed, endOnFailure: true },
    );
    process.stderr.write(`phone-adapter fuzz FUZZ_SEED=${seed}: statuses ${JSON.stringify(Object.fromEntries(statuses))}\n`);
    // The run reached past the signature check into the IVR, not only the 403 door.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(25);
    expect(statuses.get(403) ?? 0).toBeGreaterThan(50);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(10);
    const live = await fetch(pipeline.url('phone-adapter', '/health/live'));
    expect(live.status).toBe(200);
    const ready = await fetch(pipeline.url('phone-adapter', '/health/ready'));
    expect(ready.status).toBe(200);
  }, 90_000);
});
