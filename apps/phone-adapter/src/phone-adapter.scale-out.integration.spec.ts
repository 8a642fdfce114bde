// Integration: real Kafka broker, Postgres (test database) and Redis; two phone-adapter instances,
// the classifier and the router run as real processes. The adapters sit behind one address (a
// round-robin proxy in the test, as a load balancer puts them), which is the public base URL
// Twilio signs webhooks for, so each step of a call may land on either instance.
import { inquiryIdFor } from '@inquiry-router/intake';
import { eventually, freePort, RoundRobinProxy, TestPipeline, twilioWebhooks } from '@inquiry-router/testing';

const { authToken, callParams, postWebhook } = twilioWebhooks;

// Tuesday 14 January 2025, 10:00 in Oslo: open.
const openClock = '2025-01-14T09:00:00Z';

const callers = [
  'jeg får ikke logget inn med bankid det bare henger',
  'hvordan gir jeg regnskapsføreren tilgang til firmaet',
  'hvor mye skal vi betale i forskuddsskatt for neste termin',
  'vi er en systemleverandør og api-et gir feil ved innsending',
];

describe('phone-adapter, two instances behind one address', () => {
  const pipeline = new TestPipeline();
  let proxy: RoundRobinProxy;
  const answerKey = (id: string) => `${pipeline.redisPrefix}phone:answer:${id}`;
  /** Posts through the proxy and says which instance (0 or 1) answered. */
  const post = async (path: string, params: Record<string, string>) => {
    const before = [...proxy.served];
    const res = await postWebhook(`${proxy.url}${path}`, params);
    return { ...res, instance: proxy.served.findIndex((n, i) => n > before[i]) };
  };

  beforeAll(async () => {
    const ports = [await freePort(), await freePort()];
    proxy = new RoundRobinProxy(ports);
    const publicBaseUrl = await proxy.start();
    // A generous deadline: a decision that did not reach the instance holding the call would show as a missing answer, not a slow test.
    await pipeline.setUp({ TWILIO_AUTH_TOKEN: authToken, CLOCK_STARTS_AT: openClock, DECISION_DEADLINE_MS: '4000' });
    await Promise.all([
      pipeline.start('classifier'),
      pipeline.start('router'),
      pipeline.start('phone-adapter', { PHONE_ADAPTER_PORT: String(ports[0]), PUBLIC_BASE_URL: publicBaseUrl }),
      pipeline.startInstance('phone-adapter', 'b', { PHONE_ADAPTER_PORT: String(ports[1]), PUBLIC_BASE_URL: publicBaseUrl }),
    ]);
  }, 120_000);
  afterAll(async () => {
    await proxy?.stop();
    await pipeline.tearDown();
  });

  it('connects each caller by the decision, whichever instance holds the call when it comes', async () => {
    const heldBy: number[] = [];
    for (let i = 0; i < 8; i++) {
      const call = callParams();
      const id = inquiryIdFor('phone', call.CallSid);
      expect((await post('/voice/incoming', call)).status).toBe(200);
      expect((await post('/voice/menu', { ...call, Digits: String((i % 4) + 1) })).status).toBe(200);
      const described = await post(`/voice/describe?choice=${(i % 4) + 1}`, { ...call, SpeechResult: callers[i % callers.length] });
      expect(described.status).toBe(200);
      heldBy.push(described.instance);

      // The answer is remembered only when the decision came back (not at the deadline) ...
      expect(await pipeline.redis.get(answerKey(id))).toBe(described.body);
      // ... and it connects the call where the router put the inquiry.
      const [row]: { queue: string | null; agency: string | null }[] = await eventually(
        async () => {
          const rows: { queue: string | null; agency: string | null }[] = await pipeline.db.query(
            `SELECT queue, agency FROM inquiries WHERE id = $1`,
            [id],
          );
          return rows.length > 0 ? rows : undefined;
        },
        30_000,
        `${id} routed`,
      );
      if (row.queue) expect(described.body).toContain(`<Enqueue>${row.queue}</Enqueue>`);
      else expect(described.body).toMatch(/<Dial|<Enqueue>first-line<\/Enqueue>/);
    }
    expect(new Set(heldBy)).toEqual(new Set([0, 1]));
  }, 90_000);

  it('answers a call’s retried and follow-up webhooks on the other instance as on the first, making one inquiry', async () => {
    const call = { ...callParams(), SpeechResult: callers[1] };
    const id = inquiryIdFor('phone', call.CallSid);
    const first = await post('/voice/describe?choice=3', call);
    const retried = await post('/voice/describe?choice=3', call);
    expect(first.status).toBe(200);
    expect(retried.instance).not.toBe(first.instance);
    expect(retried.body).toBe(first.body);

    const voicemail = callParams({
      RecordingSid: `RE${'2'.repeat(32)}`,
      RecordingUrl: 'https://api.twilio.com/2010-04-01/Accounts/AC0/Recordings/RE2',
      TranscriptionStatus: 'completed',
      TranscriptionText: 'Hei, jeg får ikke logget inn med BankID. Ring meg tilbake.',
    });
    const transcribed = [await post('/voice/transcription', voicemail), await post('/voice/transcription', voicemail)];
    expect(transcribed.map((t) => t.status)).toEqual([200, 200]);
    expect(new Set(transcribed.map((t) => t.instance)).size).toBe(2);
    const voicemailId = inquiryIdFor('phone', `${voicemail.CallSid}:voicemail:${voicemail.RecordingSid}`);

    const count = async (ids: string[]) => {
      const rows: { id: string; n: number }[] = await pipeline.db.query(
        `SELECT inquiry_id AS id, count(*)::int AS n FROM inquiry_history WHERE event = 'routed' AND inquiry_id = ANY($1) GROUP BY inquiry_id`,
        [ids],
      );
      return rows.length === ids.length ? rows : undefined;
    };
    const routed = await eventually(() => count([id, voicemailId]), 30_000, 'both routed');
    expect(routed.map((r) => r.n)).toEqual([1, 1]);
  }, 60_000);
});
