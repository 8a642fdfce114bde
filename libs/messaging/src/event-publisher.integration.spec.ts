// Integration: real Kafka broker (fresh topics under a random prefix).
import { Topics } from '@inquiry-router/contracts';
import { anInquiry, eventually, TestPipeline } from '@inquiry-router/testing';

describe('EventPublisher (real broker)', () => {
  const pipeline = new TestPipeline();
  beforeAll(() => pipeline.setUp());
  afterAll(() => pipeline.tearDown());

  it('publishes a batch far over the broker request limit (1 MB) completely', async () => {
    const received = await pipeline.collect(Topics.InquiryReceived);
    const body = 'Jeg får ikke sendt inn skjemaet. '.repeat(100); // ~3.3 kB each, ~5 MB in all
    const events = Array.from({ length: 1500 }, () => anInquiry({ body })).map((inquiry) => ({
      key: inquiry.id,
      value: { inquiry },
    }));
    await pipeline.publisher.publish(Topics.InquiryReceived, events);
    await eventually(async () => (received.length >= events.length ? true : undefined), 30_000, 'every event');
    expect(new Set(received.map((r) => r.key))).toEqual(new Set(events.map((e) => e.key)));
  });

  it('shares requests among concurrent publishers, and every one resolves with its event on the topic', async () => {
    const received = await pipeline.collect(Topics.InquiryReceived);
    const inquiries = Array.from({ length: 300 }, () => anInquiry());
    await Promise.all(
      inquiries.map((inquiry) => pipeline.publisher.publish(Topics.InquiryReceived, [{ key: inquiry.id, value: { inquiry } }])),
    );
    const ids = new Set(inquiries.map((i) => i.id));
    await eventually(
      async () => (received.filter((r) => ids.has(r.key ?? '')).length >= ids.size ? true : undefined),
      30_000,
      'every event',
    );
    const mine = received.filter((r) => ids.has(r.key ?? ''));
    expect(mine).toHaveLength(ids.size); // each exactly once
  });
});
