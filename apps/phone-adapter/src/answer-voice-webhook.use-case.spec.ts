import { ReceiveInquiries } from '@inquiry-router/intake';
import { Clock, loadConfig } from '@inquiry-router/runtime';
import { SupportCalendar } from '@inquiry-router/support-calendar';
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
function ivrWith(publish: () => Promise<void>) {
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
    inMemory<SupportCalendar>({}),
    inMemory<SupportNumbers>({ includes: () => true }),
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
