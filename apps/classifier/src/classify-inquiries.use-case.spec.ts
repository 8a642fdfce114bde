import { Logger } from '@nestjs/common';
import { defaultPolicy } from '@inquiry-router/classification';
import { Inquiry, Topics } from '@inquiry-router/contracts';
import type { EventPublisher } from '@inquiry-router/messaging';
import { ActivePolicyStore, RoutingPolicySource } from '@inquiry-router/routing-policy-source';
import { ScheduledJobs, SystemClock } from '@inquiry-router/runtime';
import { ActiveModel } from './active-model';
import { ClassifierEnv } from './classifier.env';
import { TextModelStore } from './classifier.ports';
import { ClassifyInquiries } from './classify-inquiries.use-case';

/** The parts of a library service a test implements in memory; the use case calls nothing else. */
const inMemory = <T>(implementation: Partial<T>): T => implementation as T;

/** One published policy version: the default policy, as `v42`. */
class DefaultPolicyPublished implements ActivePolicyStore {
  async active() {
    return { version: 'v42', document: { ...defaultPolicy } };
  }
}

/** No text model trained yet. */
class NoTrainedModel implements TextModelStore {
  async activeVersion() {
    return null;
  }

  async document() {
    return null;
  }
}

async function setUp() {
  const published: { topic: string; key: string; value: unknown }[] = [];
  const env = new ClassifierEnv();
  // The reader itself, over an in-memory store; nothing is scheduled (no refresh is started).
  const jobs = inMemory<ScheduledJobs>({});
  const policy = new RoutingPolicySource(new DefaultPolicyPublished(), { refreshSeconds: 3600 }, jobs);
  await policy.refresh();
  // No trained model: the rules decide alone.
  const model = new ActiveModel(new NoTrainedModel(), env, jobs);
  await model.refresh();
  const publisher = inMemory<EventPublisher>({
    publish: async (topic, events) => {
      for (const e of events) published.push({ topic, key: e.key, value: e.value });
    },
  });
  return { classify: new ClassifyInquiries(policy, model, publisher, new SystemClock()), published };
}

const mail = (id: string, body: string, extra: Partial<Inquiry> = {}): Inquiry => ({
  id,
  channel: 'email',
  receivedAt: '2026-03-02T10:00:00.000Z',
  from: { email: 'a@example.no' },
  to: 'brukerservice@altinn.example',
  body,
  attachments: [],
  ...extra,
});

describe('ClassifyInquiries', () => {
  beforeAll(() => {
    Logger.overrideLogger(false);
  });

  it('turns each received inquiry into a classified event keyed by its id, under the active policy version', async () => {
    const { classify, published } = await setUp();
    const tax = mail('i-1', 'Hvilken sats for arbeidsgiveravgift gjelder for oss i sone 2?');
    await classify.execute([tax]);
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({
      topic: Topics.InquiryClassified,
      key: 'i-1',
      value: {
        inquiry: { ...tax, language: 'nb' },
        decision: { target: 'agency:skd', kind: 'subject-matter', agency: 'skd', category: null, policyVersion: 'v42' },
        classifiedAt: expect.any(String) as unknown,
      },
    });
  });

  it('keeps the language the channel gave and adds the detected one only when there is none', async () => {
    const { classify, published } = await setUp();
    await classify.execute([
      mail('i-1', 'Kva er fristen for å levere årsrekneskapen til Rekneskapsregisteret?', { language: 'en' }),
      mail('i-2', 'Kva er fristen for å levere årsrekneskapen til Rekneskapsregisteret?'),
    ]);
    const languages = published.map((p) => (p.value as { inquiry: Inquiry }).inquiry.language);
    expect(languages[0]).toBe('en');
    expect(languages[1]).toBe('nn');
  });

  it('replies first to the senders waiting for the decision, and to them only', async () => {
    const { classify, published } = await setUp();
    await classify.execute(
      [mail('i-1', 'Hvor mange dager er arbeidsgiverperioden før NAV overtar sykepengene?'), mail('i-2', 'hei')],
      new Set(['i-1']),
    );
    expect(published.map((p) => [p.topic, p.key])).toEqual([
      [Topics.RoutingDecisionReply, 'i-1'],
      [Topics.InquiryClassified, 'i-1'],
      [Topics.InquiryClassified, 'i-2'],
    ]);
    const classified = published[1].value as { decision: unknown; classifiedAt: string };
    expect(published[0].value).toEqual({ inquiryId: 'i-1', decision: classified.decision, decidedAt: classified.classifiedAt });
  });
});
