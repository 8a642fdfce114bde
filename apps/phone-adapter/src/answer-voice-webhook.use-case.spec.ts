import { ReceiveInquiries } from '@inquiry-router/intake';
import { Clock, loadConfig } from '@inquiry-router/runtime';
import { SupportCalendar } from '@inquiry-router/support-calendar';
import { IncidentsInForce, type IncidentStore } from '@inquiry-router/incidents-in-force';
import type { Notice } from '@inquiry-router/notices';
import { defaultCalendar } from '@inquiry-router/opening-hours';
import type { ScheduledJobs } from '@inquiry-router/runtime';
import { AnswerVoiceWebhook } from './answer-voice-webhook.use-case';
import { AnsweredCalls } from './answered-calls.store';
import { DecisionWaiter } from './decision-waiter';
import { PhoneAdapterEnv } from './phone-adapter.env';
import { SupportNumbers } from './support-numbers';
import { unconfirmedCalls } from './unconfirmed-calls';

const inMemory = <T>(implementation: Partial<T>): T => implementation as T;
const call = { callSid: `CA${'0'.repeat(31)}1`, from: '+4791234567', to: '+4775006000' };
const deadlineMs = 50;
const confirmMs = 300;

/** The IVR with a publisher that behaves as `publish` says and no classifier: the decision never comes. */
function ivrWith(publish: () => Promise<void>, incidents: IncidentsInForce = inMemory<IncidentsInForce>({ forCallers: () => [] })) {
  const env = loadConfig(PhoneAdapterEnv, {
    NODE_ENV: 'test',
    DECISION_DEADLINE_MS: String(deadlineMs),
    PUBLISH_CONFIRM_MS: String(confirmMs),
  });
  return new AnswerVoiceWebhook(
    env,
    inMemory<ReceiveInquiries>({ execute: publish }),
    new DecisionWaiter(),
    inMemory<AnsweredCalls>({ answerFor: async () => null, remember: async () => undefined }),
    inMemory<Clock>({ now: () => new Date('2026-11-24T09:00:00Z') }),
    inMemory<SupportCalendar>({ calendar: () => defaultCalendar([]) }),
    inMemory<SupportNumbers>({ includes: () => true }),
    incidents,
  );
}

const counted = async (reason: string) => (await unconfirmedCalls.get()).values.find((v) => v.labels.reason === reason)?.value ?? 0;

describe('AnswerVoiceWebhook.describe when Kafka does not take the inquiry', () => {
  it('asks the caller for a voicemail instead of putting through a call nothing records, and counts it', async () => {
    const before = await counted('publish-failed');
    const twiml = await ivrWith(() => Promise.reject(new Error('There is no leader for this topic-partition'))).describe(
      call,
      1,
      'logget inn',
    );
    expect(twiml).toContain('Vi kunne ikke registrere henvendelsen din akkurat nå.');
    expect(twiml).toMatch(/<Record [^>]*transcribeCallback="\/voice\/transcription"/);
    expect(twiml).not.toContain('<Enqueue>');
    expect(await counted('publish-failed')).toBe(before + 1);
  });

  it('does the same when Kafka has not confirmed it within PUBLISH_CONFIRM_MS past the deadline', async () => {
    const before = await counted('publish-unconfirmed');
    const started = Date.now();
    const twiml = await ivrWith(() => new Promise<void>(() => undefined)).describe(call, 1, 'logget inn');
    expect(Date.now() - started).toBeLessThan(deadlineMs + confirmMs + 500);
    expect(twiml).toContain('Vi kunne ikke registrere henvendelsen din akkurat nå.');
    expect(await counted('publish-unconfirmed')).toBe(before + 1);
  });

  it('puts the caller through to first-line when the inquiry is in Kafka but no decision came in time', async () => {
    const twiml = await ivrWith(() => Promise.resolve()).describe(call, 1, 'logget inn');
    expect(twiml).toContain('<Enqueue>first-line</Enqueue>');
  });
});

describe('AnswerVoiceWebhook.incoming with incidents in force', () => {
  const incident = (id: string, title: string, startsAt: string, over: Partial<Notice> = {}): Notice => ({
    id,
    kind: 'incident',
    status: 'investigating',
    severity: 'major',
    title: { nb: title },
    description: { nb: '.' },
    components: ['login'],
    environments: ['production'],
    audiences: ['end-users'],
    keywords: [],
    startsAt: new Date(startsAt),
    expectedEndAt: null,
    endedAt: null,
    ...over,
  });

  async function readerOf(incidents: Notice[]): Promise<IncidentsInForce> {
    const store: IncidentStore = { incidentsAndComponents: () => Promise.resolve({ incidents, components: [] }) };
    const reader = new IncidentsInForce(store, { refreshSeconds: 5 }, inMemory<ScheduledJobs>({}));
    await reader.refresh();
    return reader;
  }

  it('tells the caller of the newest two incidents for end users in production before the menu', async () => {
    const reader = await readerOf([
      incident('DRIFT-00001', 'Treg innboks', '2026-11-24T07:00:00Z'),
      incident('DRIFT-00002', 'Feil ved innlogging med BankID', '2026-11-24T08:30:00Z'),
      incident('DRIFT-00003', 'Skjema kan ikke sendes inn', '2026-11-24T08:00:00Z'),
      incident('DRIFT-00004', 'API-et svarer sakte', '2026-11-24T08:45:00Z', { audiences: ['vendors'] }),
    ]);
    const xml = ivrWith(() => Promise.resolve(), reader).incoming(call);
    expect(xml).toContain(
      '<Say language="nb-NO">Vi kjenner til problemer i portalen: Feil ved innlogging med BankID. Og: Skjema kan ikke sendes inn. ' +
        'Du kan følge med på driftsmeldingene på statussiden.</Say><Say language="nb-NO">Gjelder det innlogging, trykk 1.',
    );
    expect(xml).not.toContain('Treg innboks');
    expect(xml).not.toContain('API-et');
  });

  it('says nothing of incidents when none is in force', async () => {
    const xml = ivrWith(() => Promise.resolve(), await readerOf([])).incoming(call);
    expect(xml).not.toContain('Vi kjenner til');
    expect(xml).toContain('Gjelder det innlogging, trykk 1.');
  });
});
