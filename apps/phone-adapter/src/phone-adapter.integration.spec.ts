// Integration: real Kafka broker, Postgres (test database) and Redis; phone-adapter, classifier and
// router run as real processes. Webhooks are signed with the twilio package's own helper.
import { classifyInquiry, defaultPolicy } from '@inquiry-router/classification';
import { Inquiry, ReplyRequestedHeader, Topics } from '@inquiry-router/contracts';
import { inquiryIdFor } from '@inquiry-router/intake';
import { eventually, TestPipeline, twilioWebhooks } from '@inquiry-router/testing';

const { authToken, callParams, postWebhook, servicedeskNumber, supportNumber } = twilioWebhooks;

// Tuesday 14 January 2025, 10:00 in Oslo: open.
const openClock = '2025-01-14T09:00:00Z';
// Saturday 18 January 2025, 11:00 in Oslo: closed; opens Monday 20 January 08:00.
const closedClock = '2025-01-18T10:00:00Z';

/** What the classifier will decide for a caller's words: asserted first, so each test proves the path it means to. */
function expectedTarget(body: string, to = supportNumber): string {
  const inquiry: Inquiry = {
    id: 'probe',
    channel: 'phone',
    receivedAt: new Date().toISOString(),
    from: { phone: '+4792900840' },
    to,
    body,
  };
  return classifyInquiry(inquiry, defaultPolicy).target;
}

async function routedRow(pipeline: TestPipeline, id: string) {
  const rows: { status: string; queue: string | null; agency: string | null; body: string }[] = await pipeline.db.query(
    `SELECT status, queue, agency, body FROM inquiries WHERE id = $1`,
    [id],
  );
  return rows[0];
}

describe('phone-adapter, open hours, with the classifier deciding', () => {
  const pipeline = new TestPipeline();
  const url = (path: string) => pipeline.url('phone-adapter', path);

  beforeAll(async () => {
    await pipeline.setUp({
      TWILIO_AUTH_TOKEN: authToken,
      CLOCK_STARTS_AT: openClock,
      AGENCY_PHONE_NUMBERS: 'skd=+4780080000,nav=+4755553333',
    });
    await Promise.all([pipeline.start('phone-adapter'), pipeline.start('classifier'), pipeline.start('router')]);
  }, 120_000);
  afterAll(() => pipeline.tearDown());

  it('walks a login call through the menu and enqueues it in first-line within the deadline', async () => {
    const speech = 'Jeg får ikke logget inn med BankID, det kommer bare en feilmelding hver gang';
    const body = `IVR: 1 innlogging. Innringer: ${speech.toLowerCase()}`;
    expect(expectedTarget(body)).toBe('first-line');
    const received = await pipeline.collect(Topics.InquiryReceived);
    const call = callParams();

    const incoming = await postWebhook(url('/voice/incoming'), call);
    expect(incoming.status).toBe(200);
    expect(incoming.body).toContain('<Gather input="dtmf speech" language="nb-NO" action="/voice/menu"');

    const menu = await postWebhook(url('/voice/menu'), { ...call, Digits: '1' });
    expect(menu.status).toBe(200);
    expect(menu.body).toContain('action="/voice/describe?choice=1"');

    const described = await postWebhook(url('/voice/describe?choice=1'), { ...call, SpeechResult: speech, Confidence: '0.92' });
    expect(described.status).toBe(200);
    expect(described.body).toMatch(/<Say language="nb-NO">Du blir nå satt over[^<]*<\/Say><Enqueue>first-line<\/Enqueue>/);
    expect(described.ms).toBeLessThan(1000 + 500);

    const id = inquiryIdFor('phone', call.CallSid);
    const record = await eventually(async () => received.find((r) => r.key === id), 10_000, 'inquiry published');
    expect(record.headers[ReplyRequestedHeader]).toBe('1');
    expect((JSON.parse(record.value!) as { inquiry: unknown }).inquiry).toMatchObject({
      id,
      channel: 'phone',
      from: { phone: call.From },
      to: supportNumber,
      body,
    });
    const row = await eventually(async () => routedRow(pipeline, id), 30_000, 'routed');
    expect(row).toMatchObject({ status: 'queued', queue: 'first-line' });
  });

  it('puts a tax subject-matter question through to the tax agency by <Dial>', async () => {
    const speech = 'Hei jeg lurer på om vi må sende mva-melding hver termin eller om vi kan søke om årstermin vi har lite omsetning';
    expect(expectedTarget(`IVR: 2 skjema og innsending. Innringer: ${speech.toLowerCase()}`)).toBe('agency:skd');
    const call = callParams();
    const described = await postWebhook(url('/voice/describe?choice=2'), { ...call, SpeechResult: speech });
    expect(described.status).toBe(200);
    expect(described.body).toContain('<Dial timeout="30">+4780080000</Dial>');
    expect(described.body).not.toContain('<Enqueue>');
  });

  it('explains and enqueues first-line when the agency has no number to put the call through to', async () => {
    const speech =
      'vi har fått eit skjema frå ssb om varehandel og lurer på om vi skal ta med netthandelen i omsetnaden eller berre butikken';
    expect(expectedTarget(`IVR: 2 skjema og innsending. Innringer: ${speech}`)).toBe('agency:ssb');
    const described = await postWebhook(url('/voice/describe?choice=2'), { ...callParams(), SpeechResult: speech });
    expect(described.status).toBe(200);
    expect(described.body).toContain('ikke et nummer');
    expect(described.body).toContain('<Enqueue>first-line</Enqueue>');
  });

  it('routes a call to the service desk number by its decision', async () => {
    const speech =
      'hei vi lager et regnskapssystem og alle innsendinger fra kundene våre feiler fra i går det kommer en feil fra api-et om ugyldig format';
    const target = expectedTarget(`IVR: 4 annet. Innringer: ${speech}`, servicedeskNumber);
    expect(target).toBe('servicedesk');
    const described = await postWebhook(url('/voice/describe?choice=4'), {
      ...callParams({ To: servicedeskNumber }),
      SpeechResult: speech,
    });
    expect(described.body).toContain('<Enqueue>servicedesk</Enqueue>');
  });

  it('answers a retried webhook the same and makes one inquiry of it', async () => {
    const call = { ...callParams(), SpeechResult: 'Hvordan gir jeg regnskapsføreren min tilgang til å sende inn for firmaet?' };
    const first = await postWebhook(url('/voice/describe?choice=3'), call);
    const retry = await postWebhook(url('/voice/describe?choice=3'), call);
    expect(first.status).toBe(200);
    expect(retry.body).toBe(first.body);
    const id = inquiryIdFor('phone', call.CallSid);
    await eventually(async () => routedRow(pipeline, id), 30_000, 'routed');
    const [{ n }]: { n: number }[] = await pipeline.db.query(`SELECT count(*)::int AS n FROM inquiries WHERE id = $1`, [id]);
    expect(n).toBe(1);
  });

  it('refuses bad, missing and foreign signatures with 403 and a reason, publishing nothing', async () => {
    const received = await pipeline.collect(Topics.InquiryReceived);
    const path = '/voice/describe?choice=1';
    const forged = { ...callParams(), SpeechResult: 'jeg får ikke logget inn' };
    const signedOther = await postWebhook(url(path), forged, { token: 'someone-elses-token' });
    const missing = await postWebhook(url(path), forged, { signature: null });
    const garbage = await postWebhook(url(path), forged, { signature: 'not a signature' });
    // A valid signature over other values: the fields were changed on the way.
    const { default: twilio } = await import('twilio');
    const tampered = await postWebhook(
      url(path),
      { ...forged, SpeechResult: 'noe annet' },
      { signature: twilio.getExpectedTwilioSignature(authToken, url(path), forged) },
    );
    const otherPath = await postWebhook(url('/voice/describe?choice=2'), forged, {
      signature: twilio.getExpectedTwilioSignature(authToken, url(path), forged),
    });
    for (const res of [signedOther, garbage, tampered, otherPath]) {
      expect(res.status).toBe(403);
      expect(res.body).toContain('X-Twilio-Signature does not match this request');
    }
    expect(missing.status).toBe(403);
    expect(missing.body).toContain('X-Twilio-Signature is missing');

    // A call to a number that is not ours: a polite goodbye, and no inquiry either.
    const elsewhere = { ...callParams({ To: '+4722222222' }), SpeechResult: 'jeg får ikke logget inn' };
    const notOurs = await postWebhook(url(path), elsewhere);
    expect(notOurs.status).toBe(200);
    expect(notOurs.body).toMatch(/<Say language="nb-NO">Beklager[^<]*<\/Say><Hangup\/>/);

    // A valid call after them all: once it is on the topic, anything before it would be too.
    const marker = callParams();
    await postWebhook(url(path), { ...marker, SpeechResult: 'jeg får ikke logget inn' });
    await eventually(async () => received.find((r) => r.key === inquiryIdFor('phone', marker.CallSid)), 10_000, 'marker published');
    expect(received.filter((r) => [forged.CallSid, elsewhere.CallSid].map((s) => inquiryIdFor('phone', s)).includes(r.key!))).toEqual([]);
  });

  it('rejects what Twilio never sends with a 4xx and the reason', async () => {
    const noSid = callParams();
    delete (noSid as Partial<typeof noSid>).CallSid;
    const res = await postWebhook(url('/voice/incoming'), noSid);
    expect(res.status).toBe(400);
    expect(res.body).toContain('CallSid is missing');
    const badChoice = await postWebhook(url('/voice/describe?choice=7'), callParams());
    expect(badChoice.status).toBe(400);
    expect(badChoice.body).toContain('choice must be 1, 2, 3 or 4');
    const json = await fetch(url('/voice/incoming'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-twilio-signature': 'x' },
      body: '{}',
    });
    expect(json.status).toBe(415);
  });

  it('takes a voicemail transcription in as an inquiry, once however often Twilio sends it', async () => {
    const received = await pipeline.collect(Topics.InquiryReceived);
    const call = callParams({
      RecordingSid: `RE${'1'.repeat(32)}`,
      RecordingUrl: 'https://api.twilio.com/2010-04-01/Accounts/AC0/Recordings/RE1',
      TranscriptionStatus: 'completed',
      TranscriptionText: 'Hei, jeg får ikke logget inn med BankID. Ring meg tilbake.',
    });
    const first = await postWebhook(url('/voice/transcription'), call);
    const again = await postWebhook(url('/voice/transcription'), call);
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(first.body).toContain('<Response/>');
    const id = inquiryIdFor('phone', `${call.CallSid}:voicemail:${call.RecordingSid}`);
    const row = await eventually(async () => routedRow(pipeline, id), 30_000, 'voicemail routed');
    expect(row.body).toBe(
      'Talemelding: hei, jeg får ikke logget inn med bankid. ring meg tilbake. Opptak: https://api.twilio.com/2010-04-01/Accounts/AC0/Recordings/RE1',
    );
    expect(row.status).toBe('queued');
    const records = await eventually(
      async () => (received.filter((r) => r.key === id).length === 2 ? received.filter((r) => r.key === id) : undefined),
      10_000,
      'both deliveries',
    );
    expect(records[0].headers[ReplyRequestedHeader]).toBeUndefined();
    const [{ n }]: { n: number }[] = await pipeline.db.query(`SELECT count(*)::int AS n FROM inquiries WHERE id = $1`, [id]);
    expect(n).toBe(1);
  });
});

describe('phone-adapter when no decision comes', () => {
  const pipeline = new TestPipeline();
  const url = (path: string) => pipeline.url('phone-adapter', path);
  const deadline = 300;

  beforeAll(async () => {
    await pipeline.setUp({ TWILIO_AUTH_TOKEN: authToken, CLOCK_STARTS_AT: openClock, DECISION_DEADLINE_MS: String(deadline) });
    await pipeline.start('phone-adapter'); // no classifier: nobody answers
  }, 120_000);
  afterAll(() => pipeline.tearDown());

  it('enqueues the caller in first-line at the deadline, and the inquiry is still published', async () => {
    const received = await pipeline.collect(Topics.InquiryReceived);
    const call = { ...callParams(), SpeechResult: 'Hei jeg lurer på om vi må sende mva-melding hver termin' };
    const described = await postWebhook(url('/voice/describe?choice=2'), call);
    expect(described.status).toBe(200);
    expect(described.body).toContain('<Enqueue>first-line</Enqueue>');
    expect(described.ms).toBeGreaterThanOrEqual(deadline - 20);
    expect(described.ms).toBeLessThan(deadline + 400);
    await eventually(async () => received.find((r) => r.key === inquiryIdFor('phone', call.CallSid)), 10_000, 'published');
  });

  it('asks for a voicemail (valid TwiML), and counts the call, when Kafka cannot take the inquiry', async () => {
    // The topic the adapter publishes to disappears: publishing fails as it would with Kafka down.
    const admin = pipeline.connection.kafka.admin();
    await admin.connect();
    const topic = pipeline.connection.topic(Topics.InquiryReceived);
    await admin.deleteTopics({ topics: [topic] });
    await eventually(async () => ((await admin.listTopics()).includes(topic) ? undefined : true), 10_000, 'the topic gone');
    await admin.disconnect();
    const described = await postWebhook(url('/voice/describe?choice=1'), { ...callParams(), SpeechResult: 'jeg får ikke logget inn' });
    expect(described.status).toBe(200);
    // Put through to first-line, the call would be answered while nothing records it.
    expect(described.body).toMatch(
      /^<\?xml[^>]*><Response><Say[^>]*>Vi kunne ikke registrere henvendelsen din akkurat nå\.<\/Say>.*<Record /,
    );
    expect(described.body).not.toContain('<Enqueue>');
    const publishConfirmMs = 2000; // PUBLISH_CONFIRM_MS's default
    expect(described.ms).toBeLessThan(deadline + publishConfirmMs + 400);
    const metrics = await (await fetch(url('/metrics'))).text();
    expect(metrics).toMatch(/^phone_calls_unconfirmed_total\{reason="publish-(failed|unconfirmed)"\} 1$/m);
    const live = await fetch(url('/health/live'));
    expect(live.status).toBe(200);
  });
});

describe('phone-adapter outside opening hours', () => {
  const pipeline = new TestPipeline();
  const url = (path: string) => pipeline.url('phone-adapter', path);

  beforeAll(async () => {
    await pipeline.setUp({ TWILIO_AUTH_TOKEN: authToken, CLOCK_STARTS_AT: closedClock });
    await Promise.all([pipeline.start('phone-adapter'), pipeline.start('classifier'), pipeline.start('router')]);
  }, 120_000);
  afterAll(() => pipeline.tearDown());

  it('says it is closed and when it opens, offers a callback, and records the callback as an inquiry in a queue', async () => {
    const call = callParams();
    const incoming = await postWebhook(url('/voice/incoming'), call);
    expect(incoming.status).toBe(200);
    expect(incoming.body).toContain('Brukerstøtten er stengt nå.');
    expect(incoming.body).toContain('Vi åpner igjen mandag 20. januar klokken 08:00.');
    expect(incoming.body).toContain('<Gather input="dtmf" numDigits="1" action="/voice/callback"');
    expect(incoming.body).not.toContain('action="/voice/menu"');

    const callback = await postWebhook(url('/voice/callback'), { ...call, Digits: '1' });
    expect(callback.status).toBe(200);
    expect(callback.body).toMatch(/Vi ringer deg tilbake[^<]*<\/Say><Hangup\/>/);
    const row = await eventually(
      async () => routedRow(pipeline, inquiryIdFor('phone', `${call.CallSid}:callback`)),
      30_000,
      'callback routed',
    );
    expect(row.status).toBe('queued');
    expect(row.body).toMatch(/^Tilbakeringing ønsket\. Innringeren ringte utenfor åpningstid \(lørdag 18\. januar klokken 11:0\d\)/);
  });

  it('offers a voicemail instead when the caller does not want a callback or hides the number', async () => {
    const declined = await postWebhook(url('/voice/callback'), { ...callParams(), Digits: '2' });
    expect(declined.body).toMatch(/<Record [^>]*transcribeCallback="\/voice\/transcription"/);
    const hidden = await postWebhook(url('/voice/callback'), { ...callParams({ From: 'anonymous' }), Digits: '1' });
    expect(hidden.body).toContain('Vi ser ikke nummeret du ringer fra');
    expect(hidden.body).toContain('<Record ');
  });
});
