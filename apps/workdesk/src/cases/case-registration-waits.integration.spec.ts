// Integration: real Kafka broker, Postgres (test database) and Redis; the workdesk runs as a real
// process from the start, the router only after the wait the test is about.
import { Topics } from '@inquiry-router/contracts';
import { aClassified, anInquiry, eventually, pipelineApi, TestPipeline } from '@inquiry-router/testing';
import type { CaseView } from './case.view';

/** Longer than the retries of any other failure take (0.5 s doubling to 10 s, ten attempts: about 56 s). */
const RouterDownMs = 65_000;

describe('case registration while the router is down', () => {
  const pipeline = new TestPipeline();
  const { api, login } = pipelineApi(pipeline);

  beforeAll(async () => {
    await pipeline.setUp();
    await pipeline.start('workdesk');
  }, 120_000);
  afterAll(() => pipeline.tearDown());

  it('waits for the router longer than the usual retries, and registers the case once it has recorded the inquiry', async () => {
    const deadLetters = await pipeline.collect(Topics.InquiryClassified, { deadLetters: true });
    const inquiry = anInquiry({ to: 'servicedesk@altinn.example', subject: 'API-feil', body: 'Vi får feilkode 500 fra API-et.' });
    await pipeline.publisher.publish(Topics.InquiryClassified, [{ key: inquiry.id, value: aClassified('servicedesk', inquiry) }]);

    // A router restarting (or deployed) for a minute: the workdesk keeps the event, and dead-letters nothing.
    await new Promise((resolve) => setTimeout(resolve, RouterDownMs));
    expect(deadLetters.filter((d) => d.key === inquiry.id)).toEqual([]);

    await pipeline.start('router');
    const adviser = await login('adviser');
    const registered = await eventually(
      async () => {
        const res = await api(`/api/cases?inquiry=${inquiry.id}`, { token: adviser });
        return ((await res.json()) as CaseView[])[0];
      },
      30_000,
      'the case registered',
    );
    expect(registered).toMatchObject({ inquiryId: inquiry.id, status: 'registered' });
    expect(deadLetters.filter((d) => d.key === inquiry.id)).toEqual([]);
  }, 180_000);
});
