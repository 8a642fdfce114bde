// Integration: real Kafka broker, Postgres and Redis; the router runs as a real process. It uses a
// Postgres database of this file's own (the pipeline's private database): the test shortens
// the service-level targets and orders round-the-clock opening hours, both global state that
// would change every other test file's due times in the shared test database.
import { DateTime } from 'luxon';
import { InquiryServiceLevelAlert, Topics } from '@inquiry-router/contracts';
import { aClassified, anInquiry, eventually, ReadRecord, TestPipeline } from '@inquiry-router/testing';

interface SlaRow {
  status: string;
  due_at: Date | null;
  sla_target: string | null;
  sla_warned_at: Date | null;
  sla_breached_at: Date | null;
}

describe('service levels: due times and warnings (router)', () => {
  const pipeline = new TestPipeline({ privateDatabase: 'sla' });
  let warnings: ReadRecord[];
  let breaches: ReadRecord[];

  const row = async (id: string): Promise<SlaRow | undefined> =>
    (
      await pipeline.db.query<SlaRow[]>(`SELECT status, due_at, sla_target, sla_warned_at, sla_breached_at FROM inquiries WHERE id = $1`, [
        id,
      ])
    )[0];
  const history = async (id: string): Promise<string[]> =>
    (await pipeline.db.query<{ event: string }[]>(`SELECT event FROM inquiry_history WHERE inquiry_id = $1 ORDER BY at, id`, [id])).map(
      (r) => r.event,
    );
  const alertsFor = (records: ReadRecord[], id: string) =>
    records.filter((r) => r.key === id).map((r) => JSON.parse(r.value!) as InquiryServiceLevelAlert);

  /**
   * Publishes an inquiry already past due and waits for its breach, in the history and on Kafka:
   * the marker that a check has run after everything published before it.
   */
  const aLaterCheckHasRun = async () => {
    const marker = anInquiry({ receivedAt: new Date(Date.now() - 60_000).toISOString() });
    await pipeline.publisher.publish(Topics.InquiryClassified, [{ key: marker.id, value: aClassified('first-line', marker) }]);
    await eventually(async () => ((await history(marker.id)).includes('sla-breached') ? true : undefined), 20_000, 'the marker breached');
    await eventually(async () => (alertsFor(breaches, marker.id).length > 0 ? true : undefined), 20_000, 'the marker’s breach on Kafka');
  };

  beforeAll(async () => {
    await pipeline.setUp({ SLA_CHECK_SECONDS: '1', OPENING_HOURS_REFRESH_SECONDS: '1' });
    // Short targets (policy data): email due 20 s into opening time, warned when half is left.
    await pipeline.db.query(
      `UPDATE service_level_targets SET within = 20, unit = 'seconds', warn_fraction = 0.5 WHERE queue = '*' AND channel = 'email'`,
    );
    // Open round the clock from yesterday to tomorrow, so opening time runs with the wall clock whenever this runs.
    const today = DateTime.now().setZone('Europe/Oslo').startOf('day');
    for (const day of [-1, 0, 1, 2]) {
      await pipeline.db.query(
        `INSERT INTO opening_exceptions (date, opens, closes, kind, reason, ordered_by) VALUES ($1, '00:00', '24:00', 'extended', 'test', 'test')`,
        [today.plus({ days: day }).toISODate()],
      );
    }
    [warnings, breaches] = await Promise.all([pipeline.collect(Topics.InquirySlaWarning), pipeline.collect(Topics.InquirySlaBreached)]);
    await pipeline.start('router');
  }, 180_000);

  afterAll(() => pipeline.tearDown(), 60_000);

  it('records the due time of a routed inquiry, warns once when it is close, and reports the breach once', async () => {
    const receivedAt = new Date(Date.now() - 2_000);
    const inquiry = anInquiry({ receivedAt: receivedAt.toISOString() });
    await pipeline.publisher.publish(Topics.InquiryClassified, [{ key: inquiry.id, value: aClassified('first-line', inquiry) }]);

    const recorded = await eventually(async () => row(inquiry.id), 20_000, 'routed');
    expect(recorded.status).toBe('queued');
    expect(recorded.sla_target).toBe('20 seconds');
    expect(recorded.due_at!.getTime()).toBe(receivedAt.getTime() + 20_000);

    // Warned from 10 s on (half the target left), before the due time.
    const [warning] = await eventually(
      async () => (alertsFor(warnings, inquiry.id).length > 0 ? alertsFor(warnings, inquiry.id) : undefined),
      20_000,
      'sla warning',
    );
    expect(warning).toMatchObject({
      inquiryId: inquiry.id,
      channel: 'email',
      queue: 'first-line',
      slaTarget: '20 seconds',
      dueAt: recorded.due_at!.toISOString(),
    });
    expect(Date.parse(warning.detectedAt)).toBeGreaterThanOrEqual(receivedAt.getTime() + 10_000);
    expect(Date.parse(warning.detectedAt)).toBeLessThan(recorded.due_at!.getTime());
    expect(alertsFor(breaches, inquiry.id)).toEqual([]);

    const [breach] = await eventually(
      async () => (alertsFor(breaches, inquiry.id).length > 0 ? alertsFor(breaches, inquiry.id) : undefined),
      25_000,
      'sla breach',
    );
    expect(Date.parse(breach.detectedAt)).toBeGreaterThanOrEqual(recorded.due_at!.getTime());

    // A later check: still one of each, in the events and in the history.
    await aLaterCheckHasRun();
    expect(alertsFor(warnings, inquiry.id)).toHaveLength(1);
    expect(alertsFor(breaches, inquiry.id)).toHaveLength(1);
    expect(await history(inquiry.id)).toEqual(['routed', 'sla-warning', 'sla-breached']);
    const after = (await row(inquiry.id))!;
    expect(after.sla_warned_at).not.toBeNull();
    expect(after.sla_breached_at).not.toBeNull();
  }, 90_000);

  it('reports an inquiry found already past due as breached only (no late warning), and gives a forward no due time', async () => {
    const late = anInquiry({ receivedAt: new Date(Date.now() - 60_000).toISOString() });
    const forwarded = anInquiry();
    await pipeline.publisher.publish(Topics.InquiryClassified, [
      { key: late.id, value: aClassified('first-line', late) },
      { key: forwarded.id, value: aClassified('agency:skd', forwarded) },
    ]);
    await eventually(async () => (alertsFor(breaches, late.id).length > 0 ? true : undefined), 20_000, 'breach of the late inquiry');
    await aLaterCheckHasRun();
    expect(alertsFor(warnings, late.id)).toEqual([]);
    expect(await history(late.id)).toEqual(['routed', 'sla-breached']);
    const fwd = await eventually(async () => row(forwarded.id), 20_000, 'forward recorded');
    expect(fwd).toMatchObject({ due_at: null, sla_target: null });
    expect(alertsFor(warnings, forwarded.id)).toEqual([]);
    expect(alertsFor(breaches, forwarded.id)).toEqual([]);
  }, 60_000);
});
