// Integration: real Kafka broker, Postgres (test database) and Redis; the workdesk, the phone
// adapter, the classifier and the router run as real processes. The workdesk's development Phone
// endpoints sign the webhooks; the real phone adapter's signature check is what accepts them.
import type { DevelopmentPhoneView, DevelopmentToolsView, PhoneCallStepView } from '@inquiry-router/contracts';
import { phoneInquiryIds } from '@inquiry-router/intake';
import type { ProblemDocument } from '@inquiry-router/runtime';
import { eventually, pipelineApi, TestPipeline, twilioWebhooks } from '@inquiry-router/testing';

const { supportNumber, servicedeskNumber, aCallerNumber } = twilioWebhooks;
const authToken = 'integration-test-auth-token';

// Monday 7 December 2026 in Oslo: 10:00 is open, 21:00 closed (no holiday that day).
const openHour = '2026-12-07T10:00:00+01:00';
const closedHour = '2026-12-07T21:00:00+01:00';

async function routedRow(pipeline: TestPipeline, id: string) {
  const rows: { status: string; queue: string | null; body: string; target: string | null }[] = await pipeline.db.query(
    `SELECT i.status, i.queue, i.body, d.target FROM inquiries i JOIN routing_decisions d ON d.inquiry_id = i.id WHERE i.id = $1`,
    [id],
  );
  return rows[0];
}

describe('the workdesk’s development Phone endpoints, with the real phone adapter', () => {
  const pipeline = new TestPipeline();
  const api = pipelineApi(pipeline);
  let token: string;
  /** A workdesk signing with another token than the adapter's, and one with none. */
  let wrongTokenPort: number;
  let noTokenPort: number;

  const setClock = (at: string) =>
    fetch(pipeline.url('phone-adapter', '/development/clock'), {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ at }),
    }).then((res) => expect(res.status).toBe(200));
  const place = (body: unknown, port?: number) =>
    port === undefined
      ? api.post('/api/development/phone/calls', token, body)
      : fetch(`http://127.0.0.1:${port}/api/development/phone/calls`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(body),
        });
  const answer = (callSid: string, body: unknown) => api.post(`/api/development/phone/calls/${callSid}/answer`, token, body);
  const step = async (response: Promise<Response>, status = 200) => api.json<PhoneCallStepView>(await response, status);
  const problem = async (response: Promise<Response>, status: number) => {
    const body = await api.json<ProblemDocument>(await response, status);
    return [body.message ?? body.detail].flat().join('; ');
  };

  beforeAll(async () => {
    await pipeline.setUp({ TWILIO_AUTH_TOKEN: authToken });
    await Promise.all((['workdesk', 'phone-adapter', 'classifier', 'router'] as const).map((app) => pipeline.start(app)));
    const [wrong, none] = await Promise.all([
      pipeline.startInstance('workdesk', 'wrong-token', { TWILIO_AUTH_TOKEN: 'not-the-phone-adapters-token' }),
      pipeline.startInstance('workdesk', 'no-token', { TWILIO_AUTH_TOKEN: '' }),
    ]);
    wrongTokenPort = wrong.port;
    noTokenPort = none.port;
    token = await api.login('supervisor');
  }, 180_000);
  afterAll(() => pipeline.tearDown());

  it('offers the Phone tool, with the numbers the phone adapter answers', async () => {
    expect(await api.json<DevelopmentToolsView>(await api.api('/api/development', { token }), 200)).toEqual({ tools: ['sent', 'phone'] });
    expect(await api.json(await api.api('/api/development/phone', { token }), 200)).toEqual({
      lines: [
        { line: 'support', number: supportNumber },
        { line: 'service-desk', number: servicedeskNumber },
      ],
      notConfigured: null,
    });
  });

  it('walks a call through the menu at an open hour, each webhook accepted by the phone adapter, to a queue and its inquiry', async () => {
    await setClock(openHour);
    const placed = await step(place({ to: 'support', from: aCallerNumber() }), 201);
    expect(placed).toMatchObject({
      line: 'support',
      to: supportNumber,
      inquiryId: null,
      posted: [{ path: '/voice/incoming', status: 200 }],
    });
    expect(placed.callSid).toMatch(/^CA[0-9a-f]{32}$/);
    expect(placed.turn.heard[0]).toBe('Velkommen til brukerstøtten.');
    expect(placed.turn.waitsFor).toMatchObject({ verb: 'gather', action: '/voice/menu', input: ['dtmf', 'speech'], numDigits: 1 });
    expect(placed.twiml).toContain('<Gather');

    const menu = await step(answer(placed.callSid, { action: placed.turn.waitsFor!.action, digits: '1' }));
    expect(menu.posted).toEqual([{ path: '/voice/menu', fields: { Digits: '1' }, status: 200 }]);
    expect(menu.turn.waitsFor).toMatchObject({ verb: 'gather', action: '/voice/describe?choice=1', input: ['speech'] });
    expect(menu.inquiryId).toBeNull();

    const described = await step(
      answer(placed.callSid, {
        action: menu.turn.waitsFor!.action,
        speech: 'Jeg får ikke logget inn med BankID, det kommer en feilmelding',
      }),
    );
    expect(described.turn.ends).toEqual({ verb: 'enqueue', queue: 'first-line' });
    const id = phoneInquiryIds.call(placed.callSid);
    expect(described.inquiryId).toBe(id);
    const row = await eventually(async () => routedRow(pipeline, id), 30_000, 'the call routed');
    expect(row).toMatchObject({ status: 'queued', queue: 'first-line', target: 'first-line' });
    expect(row.body).toBe('IVR: 1 innlogging. Innringer: jeg får ikke logget inn med bankid, det kommer en feilmelding');
  });

  it('follows silence where the TwiML leads: the menu’s redirect goes on as "other"', async () => {
    await setClock(openHour);
    const placed = await step(place({ to: 'service-desk' }), 201);
    expect(placed.turn.onSilence?.then).toEqual({ verb: 'redirect', action: '/voice/menu' });
    const silent = await step(answer(placed.callSid, { action: placed.turn.onSilence!.then!.action }));
    expect(silent.posted).toEqual([{ path: '/voice/menu', fields: {}, status: 200 }]);
    expect(silent.turn.waitsFor).toMatchObject({ verb: 'gather', action: '/voice/describe?choice=4' });
  });

  it('takes a call-back request and a voicemail at a closed hour, each the inquiry of its own', async () => {
    await setClock(closedHour);
    const callback = await step(place({ to: 'support', from: aCallerNumber() }), 201);
    expect(callback.turn.heard[0]).toMatch(/^Brukerstøtten er stengt nå\./);
    expect(callback.turn.waitsFor).toMatchObject({ verb: 'gather', action: '/voice/callback', input: ['dtmf'] });
    const taken = await step(answer(callback.callSid, { action: '/voice/callback', digits: '1' }));
    expect(taken.turn.ends).toEqual({ verb: 'hangup' });
    expect(taken.inquiryId).toBe(phoneInquiryIds.callback(callback.callSid));
    const callbackRow = await eventually(async () => routedRow(pipeline, taken.inquiryId!), 30_000, 'the call-back request routed');
    expect(callbackRow.body).toMatch(/^Tilbakeringing ønsket\./);

    const voicemail = await step(place({ to: 'support', from: aCallerNumber() }), 201);
    const record = voicemail.turn.onSilence!.then!;
    expect(record).toMatchObject({ verb: 'record', action: '/voice/goodbye', transcribeCallback: '/voice/transcription' });
    if (record.verb !== 'record') throw new Error('silence leads to a recording');
    const left = await step(
      answer(voicemail.callSid, {
        action: record.action,
        recording: {
          transcription: 'Hei, skjemaet mitt blir ikke sendt inn. Ring meg gjerne i morgen.',
          transcribeCallback: record.transcribeCallback,
        },
      }),
    );
    expect(left.posted.map((p) => [p.path, p.status])).toEqual([
      ['/voice/goodbye', 200],
      ['/voice/transcription', 200],
    ]);
    expect(left.turn).toMatchObject({ heard: ['Takk for beskjeden. Ha det bra.'], ends: { verb: 'hangup' } });
    const recordingSid = left.posted[1].fields.RecordingSid;
    expect(left.inquiryId).toBe(phoneInquiryIds.voicemail(voicemail.callSid, recordingSid));
    const voicemailRow = await eventually(async () => routedRow(pipeline, left.inquiryId!), 30_000, 'the voicemail routed');
    expect(voicemailRow.body).toMatch(
      /^Talemelding: hei, skjemaet mitt blir ikke sendt inn\. ring meg gjerne i morgen\. Opptak: https:\/\/api\.twilio\.com\//,
    );
  });

  it('posts to the phone adapter’s /voice/ paths only: anything else is a 400 with the reason, and nothing is posted', async () => {
    await setClock(openHour);
    const placed = await step(place({ to: 'support' }), 201);
    const refused = [
      'http://127.0.0.1:1/voice/menu',
      `${pipeline.url('phone-adapter', '/voice/menu')}`,
      '//127.0.0.1/voice/menu',
      '/voice/../development/clock',
      '/development/clock',
      '/metrics',
      '/voice/menu?next=http://evil.example',
    ];
    for (const action of refused) {
      expect(await problem(answer(placed.callSid, { action, digits: '1' }), 400)).toMatch(
        /^action: must be a path of the phone adapter's voice webhooks/,
      );
    }
    expect(
      await problem(
        answer(placed.callSid, {
          action: '/voice/goodbye',
          recording: { transcription: 'hei', transcribeCallback: 'https://evil.example/hook' },
        }),
        400,
      ),
    ).toMatch(/^recording\.transcribeCallback: must be a path/);
    expect(await problem(answer(placed.callSid, { action: '/voice/menu', digits: '1', speech: 'en' }), 400)).toMatch(
      /one of digits, speech or recording/,
    );
    expect(await problem(answer(placed.callSid, { action: '/voice/menu', digits: 'DROP' }), 400)).toMatch(/digits must be/);
    // The call still waits at the menu: none of the above reached the adapter.
    const menu = await step(answer(placed.callSid, { action: '/voice/menu', digits: '2' }));
    expect(menu.turn.waitsFor).toMatchObject({ action: '/voice/describe?choice=2' });
  });

  it('refuses a number it does not know, a call it did not place, and a malformed CallSid', async () => {
    expect(await problem(place({ to: 'sales' }), 400)).toMatch(/to must be one of support, service-desk/);
    expect(await problem(place({ to: 'support', from: 'my phone' }), 400)).toMatch(/from must be an E\.164 number/);
    expect(await problem(place({ to: '+4799999999' }), 400)).toMatch(/to must be one of/);
    expect(await problem(answer(`CA${'0'.repeat(32)}`, { action: '/voice/menu', digits: '1' }), 404)).toMatch(
      /was placed from this workdesk/,
    );
    expect(await problem(answer('CA-not-a-call', { action: '/voice/menu', digits: '1' }), 400)).toMatch(
      /^callSid: must be "CA" and 32 hex digits/,
    );
  });

  it('says what to configure when the workdesk has no token, and when its signature is not the adapter’s', async () => {
    const view = await api.json<DevelopmentPhoneView>(
      await fetch(`http://127.0.0.1:${noTokenPort}/api/development/phone`, { headers: { authorization: `Bearer ${token}` } }),
      200,
    );
    expect(view.notConfigured).toMatch(/TWILIO_AUTH_TOKEN is not set/);
    expect(await problem(place({ to: 'support' }, noTokenPort), 409)).toMatch(/TWILIO_AUTH_TOKEN is not set/);
    // The adapter's own check refuses the other token: the signature above was not taken on trust.
    expect(await problem(place({ to: 'support' }, wrongTokenPort), 409)).toMatch(
      /the phone adapter refused the signature of \/voice\/incoming/,
    );
  });

  it('needs support staff', async () => {
    expect((await api.api('/api/development/phone')).status).toBe(401);
    const operator = await api.login('operator');
    expect((await api.post('/api/development/phone/calls', operator, { to: 'support' })).status).toBe(403);
  });
});
