// Integration: real Kafka broker, Postgres (test database) and Redis; classifier, router and
// agency-forwarder run as real processes built from this repo.
import { defaultPolicy } from '@inquiry-router/classification';
import { DeadLetterHeaders, Inquiry, isQueueTarget, RoutingTarget, Topics } from '@inquiry-router/contracts';
import { anInquiry, eventually, TestPipeline } from '@inquiry-router/testing';

describe('the inquiry pipeline, end to end', () => {
  const pipeline = new TestPipeline();

  beforeAll(async () => {
    await pipeline.setUp();
    await Promise.all([pipeline.start('classifier'), pipeline.start('router'), pipeline.start('agency-forwarder')]);
  }, 120_000);
  afterAll(() => pipeline.tearDown());

  const received = (inquiry: Inquiry) => ({ key: inquiry.id, value: { inquiry } });

  async function routedRow(id: string) {
    const rows: { status: string; queue: string | null; agency: string | null; target: string }[] = await pipeline.db.query(
      `SELECT i.status, i.queue, i.agency, d.target FROM inquiries i JOIN routing_decisions d ON d.inquiry_id = i.id WHERE i.id = $1`,
      [id],
    );
    return rows[0];
  }

  it('ends each inquiry in the queue its decision names, or forwarded to the agency', async () => {
    const technical = anInquiry({ body: 'Jeg får ikke logget inn i portalen, det står bare feilkode 403 når jeg bruker BankID.' });
    const servicedesk = anInquiry({
      to: 'servicedesk@altinn.example',
      subject: 'Testmiljø',
      body: 'Vi trenger tilgang til testmiljøet for API-et.',
    });
    const subjectMatter = anInquiry({
      subject: 'Aksjonærregisteroppgaven',
      body: 'Hei. Hvilken verdi skal vi oppgi per aksje i aksjonærregisteroppgaven RF-1086 når selskapet er nystiftet?',
    });
    const forwardedRecords = await pipeline.collect(Topics.InquiryForwarded);
    await pipeline.publisher.publish(Topics.InquiryReceived, [technical, servicedesk, subjectMatter].map(received));

    // Fixed labels, chosen to cover both outcomes: queues and a forward.
    const expected: [Inquiry, RoutingTarget][] = [
      [technical, 'second-line'],
      [servicedesk, 'servicedesk'],
      [subjectMatter, 'agency:skd'],
    ];
    for (const [inquiry, target] of expected) {
      if (isQueueTarget(target)) {
        const row = await eventually(async () => (await routedRow(inquiry.id)) ?? undefined, 30_000, `${inquiry.id} recorded`);
        expect(row).toEqual({ status: 'queued', queue: target, agency: null, target });
        await eventually(
          async () => ((await pipeline.queues.ids(target)).includes(inquiry.id) ? true : undefined),
          10_000,
          `${inquiry.id} enqueued`,
        );
      } else {
        const agency = target.slice('agency:'.length);
        const row = await eventually(
          async () => {
            const r = await routedRow(inquiry.id);
            return r?.status === 'forwarded' ? r : undefined;
          },
          30_000,
          `${inquiry.id} forwarded`,
        );
        expect(row).toEqual({ status: 'forwarded', queue: null, agency, target });
        // Its history: routed, then forwarded, once each.
        const history: { event: string; details: unknown }[] = await pipeline.db.query(
          `SELECT event, details FROM inquiry_history WHERE inquiry_id = $1 ORDER BY id`,
          [inquiry.id],
        );
        expect(history.slice(0, 2)).toEqual([
          { event: 'routed', details: expect.objectContaining({ target }) as unknown },
          { event: 'forwarded', details: { agency } },
        ]);
        const record = await eventually(async () => forwardedRecords.find((r) => r.value?.includes(inquiry.id)), 10_000, 'forwarded event');
        expect(record.key).toBe(agency);
        expect(JSON.parse(record.value!)).toMatchObject({ agency, inquiry: { id: inquiry.id }, decision: { target } });
        const deliveries = await eventually(
          async () => {
            const rows: { agency: string; status: string }[] = await pipeline.db.query(
              `SELECT agency, status FROM agency_deliveries WHERE inquiry_id = $1`,
              [inquiry.id],
            );
            // No delivery settings in the test database: the agency reads it through the agency API.
            return rows.length > 0 && rows[0].status !== 'pending' ? rows : undefined;
          },
          10_000,
          'delivery recorded',
        );
        expect(deliveries).toEqual([{ agency, status: 'available' }]);
      }
    }
  });

  it('records the decision with reasons and the policy version, and the detected language', async () => {
    const inquiry = anInquiry({ body: 'Eg får ikkje logga inn, kva skal eg gjere? Det kjem berre ei feilmelding.' });
    await pipeline.publisher.publish(Topics.InquiryReceived, [received(inquiry)]);
    await eventually(async () => (await routedRow(inquiry.id)) ?? undefined, 30_000, 'recorded');
    const [row]: { reasons: string[]; policy_version: string; language: string }[] = await pipeline.db.query(
      `SELECT d.reasons, d.policy_version, i.language FROM routing_decisions d JOIN inquiries i ON i.id = d.inquiry_id WHERE i.id = $1`,
      [inquiry.id],
    );
    expect(row.policy_version).toBe(defaultPolicy.version);
    expect(row.reasons.length).toBeGreaterThan(0);
    expect(row.language).toBe('nn');
  });

  it('makes one row and one queue entry of the same inquiry delivered twice', async () => {
    const inquiry = anInquiry({ body: 'Hvordan gir jeg regnskapsføreren min tilgang til å sende inn for firmaet?' });
    const classified = await pipeline.collect(Topics.InquiryClassified);
    await pipeline.publisher.publish(Topics.InquiryReceived, [received(inquiry)]);
    await pipeline.publisher.publish(Topics.InquiryReceived, [received(inquiry)]);

    await eventually(
      async () => (classified.filter((r) => r.key === inquiry.id).length === 2 ? true : undefined),
      30_000,
      'both deliveries classified',
    );
    const row = await eventually(async () => (await routedRow(inquiry.id)) ?? undefined, 30_000, 'recorded');
    expect(row).toMatchObject({ status: 'queued', queue: 'first-line' });
    // The router has handled both deliveries before anything is counted.
    await pipeline.processedSoFar('router', Topics.InquiryClassified);

    const [{ rows }]: { rows: number }[] = await pipeline.db.query(`SELECT count(*)::int AS rows FROM inquiries WHERE id = $1`, [
      inquiry.id,
    ]);
    const [{ routed }]: { routed: number }[] = await pipeline.db.query(
      `SELECT count(*)::int AS routed FROM inquiry_history WHERE inquiry_id = $1 AND event = 'routed'`,
      [inquiry.id],
    );
    expect(rows).toBe(1);
    expect(routed).toBe(1);
    expect((await pipeline.queues.ids('first-line')).filter((id) => id === inquiry.id)).toHaveLength(1);
  });

  it('dead-letters an invalid inquiry with the reason, and the next valid one still flows', async () => {
    const deadLetters = await pipeline.collect(Topics.InquiryReceived, { deadLetters: true });
    const next = anInquiry();
    const invalid = { inquiry: { ...anInquiry(), channel: 'pigeon', receivedAt: 'yesterday' } };
    await pipeline.publisher.publishRaw(pipeline.connection.topic(Topics.InquiryReceived), [
      { key: 'same', value: JSON.stringify(invalid), headers: {} },
      { key: 'same', value: JSON.stringify({ inquiry: next }), headers: {} },
    ]);
    await eventually(async () => (await routedRow(next.id)) ?? undefined, 30_000, 'the valid inquiry routed');
    const dead = await eventually(async () => deadLetters.find((d) => d.value?.includes('pigeon')), 10_000, 'dead letter');
    expect(dead.headers[DeadLetterHeaders.Reason]).toMatch(/inquiry\.channel/);
    expect(dead.headers[DeadLetterHeaders.Reason]).toMatch(/inquiry\.receivedAt/);
    expect(dead.headers[DeadLetterHeaders.ConsumerGroup]).toBe(`${pipeline.topicPrefix}classifier`);
  });

  it('joins a reply to a conversation still being handled, and routes one to a resolved conversation as new work', async () => {
    const first = anInquiry({ body: 'Jeg får ikke logget inn i portalen med BankID. Hva gjør jeg?' });
    await pipeline.publisher.publish(Topics.InquiryReceived, [received(first)]);
    const firstRow = await eventually(async () => (await routedRow(first.id)) ?? undefined, 30_000, 'first recorded');
    expect(firstRow.status).toBe('queued');

    const reply = anInquiry({
      subject: `SV: Innlogging [${first.id}]`,
      threadRef: first.id,
      body: 'Det hjalp ikke, jeg får fortsatt ikke logget inn.',
    });
    await pipeline.publisher.publish(Topics.InquiryReceived, [received(reply)]);
    const replyRow = await eventually(async () => (await routedRow(reply.id)) ?? undefined, 30_000, 'reply recorded');
    expect(replyRow).toMatchObject({ status: 'in-thread', queue: null, agency: null });
    const [threads]: { thread_id: string }[] = await pipeline.db.query(`SELECT thread_id FROM inquiries WHERE id = $1`, [reply.id]);
    expect(threads.thread_id).toBe(first.id);
    for (const queue of ['first-line', 'second-line', 'servicedesk']) expect(await pipeline.queues.ids(queue)).not.toContain(reply.id);
    const events: { event: string; details: { inquiryId?: string } }[] = await pipeline.db.query(
      `SELECT event, details FROM inquiry_history WHERE inquiry_id = $1 ORDER BY id`,
      [first.id],
    );
    expect(events.map((e) => e.event)).toEqual(['routed', 'reply-received']);
    expect(events[1].details.inquiryId).toBe(reply.id);

    // Once the conversation is resolved, a further reply is new work in the same conversation.
    await pipeline.db.query(`UPDATE inquiries SET status = 'resolved' WHERE id = $1`, [first.id]);
    const later = anInquiry({ threadRef: reply.id, body: 'Nå får jeg ikke logget inn igjen, samme problem som sist.' });
    await pipeline.publisher.publish(Topics.InquiryReceived, [received(later)]);
    const laterRow = await eventually(async () => (await routedRow(later.id)) ?? undefined, 30_000, 'later reply recorded');
    expect(laterRow.status).toBe('queued');
    // Recorded in Postgres first, then enqueued in Redis: wait for the second step.
    await eventually(
      async () => ((await pipeline.queues.ids(laterRow.queue!)).includes(later.id) ? true : undefined),
      10_000,
      'later reply enqueued',
    );
    const [laterThread]: { thread_id: string }[] = await pipeline.db.query(`SELECT thread_id FROM inquiries WHERE id = $1`, [later.id]);
    expect(laterThread.thread_id).toBe(first.id);
  });
});
