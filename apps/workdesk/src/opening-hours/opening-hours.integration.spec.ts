// Integration: real Kafka broker, Postgres and Redis; workdesk and phone-adapter run as real
// processes; requests go over HTTP, calls as signed Twilio webhooks. The apps use a Postgres
// database of this file's own (the pipeline's private database): ordered opening hours are
// global state, and ordering them in the shared test database would open or close the support
// for every other test file's apps.
import { DateTime } from 'luxon';
import { eventually, pipelineApi, TestPipeline, twilioWebhooks } from '@inquiry-router/testing';
import type { OpeningExceptionView, OpeningHoursView, OpeningStatusView, ServiceLevelTargetView } from './opening-hours.views';

const { authToken, callParams, postWebhook } = twilioWebhooks;

// Both apps run on clocks of their own (CLOCK_STARTS_AT), so the dates below never pass: the
// workdesk, which refuses orders for days gone by, lives a week before the holiday the phone lives on.
// Monday 17 May 2027, 10:00 in Oslo (CEST): Constitution Day, a public holiday, so closed.
const holidayMorning = '2027-05-17T08:00:00Z';
// Monday 10 May 2027, 10:00 in Oslo: an ordinary working day, the workdesk's "today".
const workdeskMorning = '2027-05-10T08:00:00Z';
const workdeskToday = '2027-05-10';

describe('opening hours: supervisors order extended hours, the phone follows', () => {
  const pipeline = new TestPipeline({ privateDatabase: 'opening' });
  const { api, json, login } = pipelineApi(pipeline);
  const incoming = async () => (await postWebhook(pipeline.url('phone-adapter', '/voice/incoming'), callParams())).body;
  /** What the phone answers a call with once it contains `text` (the adapter reads the opening hours every second). */
  const incomingOnceItSays = (text: string) =>
    eventually(
      async () => {
        const answer = await incoming();
        return answer.includes(text) ? answer : undefined;
      },
      15_000,
      `the phone to say ${text}`,
    );
  let supervisor: string;
  let adviser: string;

  beforeAll(async () => {
    await pipeline.setUp({ TWILIO_AUTH_TOKEN: authToken, OPENING_HOURS_REFRESH_SECONDS: '1' });
    await Promise.all([
      pipeline.start('workdesk', { CLOCK_STARTS_AT: workdeskMorning }),
      pipeline.start('phone-adapter', { CLOCK_STARTS_AT: holidayMorning }),
    ]);
    [supervisor, adviser] = await Promise.all([login('supervisor'), login('adviser')]);
  }, 180_000);

  afterAll(() => pipeline.tearDown(), 60_000);

  it('opens the phone on a public holiday once a supervisor orders extended hours, and closes it when the order is taken back', async () => {
    // Closed on 17 May: the closed message with the callback offer, not the menu.
    const before = await incoming();
    expect(before).toContain('Brukerstøtten er stengt nå.');
    expect(before).toContain('action="/voice/callback"');

    const order = { kind: 'extended', date: '2027-05-17', opens: '09:00', closes: '12:00', reason: 'Frist for skattemeldingen' };
    expect((await api('/api/opening-hours/exceptions', { method: 'POST', token: adviser, body: order })).status).toBe(403);
    const created = await json<OpeningExceptionView>(
      await api('/api/opening-hours/exceptions', { method: 'POST', token: supervisor, body: order }),
      201,
    );
    expect(created).toMatchObject({ ...order, orderedBy: 'supervisor' });

    // The phone adapter reads the order from Postgres within its refresh interval (1 s here).
    const during = await incomingOnceItSays('action="/voice/menu"');
    expect(during).toContain('Velkommen til brukerstøtten.');
    expect(during).toContain('<Gather input="dtmf speech" language="nb-NO" action="/voice/menu"');

    // The resulting spans: 09:00–12:00 on the holiday (07:00–10:00 UTC), normal hours the day after.
    const spans = await json<OpeningHoursView>(await api('/api/opening-hours?from=2027-05-17&to=2027-05-18', { token: adviser }), 200);
    expect(spans.zone).toBe('Europe/Oslo');
    expect(spans.days).toHaveLength(2);
    expect(spans.days[0]).toMatchObject({
      date: '2027-05-17',
      spans: [{ start: '2027-05-17T07:00:00.000Z', end: '2027-05-17T10:00:00.000Z' }],
    });
    expect(spans.days[0].holiday).not.toBeNull();
    expect(spans.days[0].exceptions.map((e) => e.id)).toEqual([created.id]);
    expect(spans.days[1]).toMatchObject({
      date: '2027-05-18',
      holiday: null,
      spans: [{ start: '2027-05-18T06:00:00.000Z', end: '2027-05-18T13:30:00.000Z' }],
    });

    const listed = await json<OpeningExceptionView[]>(
      await api('/api/opening-hours/exceptions?from=2027-05-01&to=2027-05-31', { token: adviser }),
      200,
    );
    expect(listed.map((e) => e.id)).toEqual([created.id]);

    const takeBack = (token: string) => api(`/api/opening-hours/exceptions/${created.id}`, { method: 'DELETE', token });
    expect((await takeBack(adviser)).status).toBe(403);
    expect((await takeBack(supervisor)).status).toBe(204);
    expect((await takeBack(supervisor)).status).toBe(404);
    const after = await incomingOnceItSays('Brukerstøtten er stengt nå.');
    expect(after).toContain('Brukerstøtten er stengt nå.');
  });

  it('says whether the support is open now, with an order for today taken into account', async () => {
    const allDay = await json<OpeningExceptionView>(
      await api('/api/opening-hours/exceptions', {
        method: 'POST',
        token: supervisor,
        body: { kind: 'extended', date: workdeskToday, opens: '00:00', closes: '24:00', reason: 'døgnåpent (test)' },
      }),
      201,
    );
    const open = await json<OpeningStatusView>(await api('/api/opening-hours/status', { token: adviser }), 200);
    expect(open.open).toBe(true);
    expect(open.nextOpening).toBe(open.at);
    // Open until midnight at least (later if tomorrow's normal hours follow on without a gap: they do not).
    expect(open.closesAt).toBe(DateTime.fromISO(workdeskToday, { zone: 'Europe/Oslo' }).plus({ days: 1 }).toUTC().toISO());

    const closure = await json<OpeningExceptionView>(
      await api('/api/opening-hours/exceptions', {
        method: 'POST',
        token: supervisor,
        body: { kind: 'closed', date: workdeskToday, reason: 'stengt (test)' },
      }),
      201,
    );
    expect(closure).toMatchObject({ kind: 'closed', opens: null, closes: null });
    const closed = await json<OpeningStatusView>(await api('/api/opening-hours/status', { token: adviser }), 200);
    expect(closed).toMatchObject({ open: false, closesAt: null });
    expect(closed.at.slice(0, 10)).toBe(workdeskToday);
    expect(Date.parse(closed.nextOpening!)).toBeGreaterThan(Date.parse(closed.at));

    for (const e of [allDay, closure])
      expect((await api(`/api/opening-hours/exceptions/${e.id}`, { method: 'DELETE', token: supervisor })).status).toBe(204);
  });

  it('refuses orders it cannot carry out with 400 and the reason, and stores none of them', async () => {
    const refused = async (body: unknown, reason: RegExp) => {
      const res = await api('/api/opening-hours/exceptions', { method: 'POST', token: supervisor, body });
      const text = await res.text();
      expect({ status: res.status, text }).toMatchObject({ status: 400, text: expect.stringMatching(reason) as unknown });
    };
    await refused({ kind: 'extended', date: '2027-06-01', reason: 'x' }, /extended hours need opens and closes/);
    await refused(
      { kind: 'extended', date: '2027-06-01', opens: '18:00', closes: '09:00', reason: 'x' },
      /opens \(18:00\) must be before closes \(09:00\)/,
    );
    await refused({ kind: 'closed', date: '2027-06-01', opens: '12:00', reason: 'x' }, /both opens and closes, or neither/);
    await refused({ kind: 'extended', date: '2020-06-01', opens: '09:00', closes: '12:00', reason: 'x' }, /in the past/);
    await refused({ kind: 'extended', date: '2027-02-30', opens: '09:00', closes: '12:00', reason: 'x' }, /date must be YYYY-MM-DD/);
    await refused({ kind: 'open', date: '2027-06-01', reason: 'x' }, /kind must be/);
    await refused({ kind: 'closed', date: '2027-06-01' }, /reason/);
    await refused({ kind: 'closed', date: '2027-06-01', reason: 'x', extra: 1 }, /extra should not exist/);
    expect((await api('/api/opening-hours?from=2027-06-10&to=2027-06-01', { token: adviser })).status).toBe(400);
    expect((await api('/api/opening-hours?from=2027-01-01&to=2028-12-31', { token: adviser })).status).toBe(400);
    expect((await api('/api/opening-hours/exceptions/not-a-uuid', { method: 'DELETE', token: supervisor })).status).toBe(400);
    expect((await api('/api/opening-hours/status')).status).toBe(401);
    const june = await json<OpeningExceptionView[]>(
      await api('/api/opening-hours/exceptions?from=2027-06-01&to=2027-06-30', { token: adviser }),
      200,
    );
    expect(june).toEqual([]);
  });

  it('lists the service-level targets with the share that must meet them, and lets supervisors set them, refusing shares that are no fraction', async () => {
    const targets = () =>
      api('/api/opening-hours/service-levels', { token: adviser }).then((res) => json<ServiceLevelTargetView[]>(res, 200));
    expect(await targets()).toEqual([
      { queue: '*', channel: 'email', within: 2, unit: 'working-days', warnFraction: 0.2, share: 0.9 },
      { queue: '*', channel: 'phone', within: 60, unit: 'seconds', warnFraction: 0.2, share: 0.8 },
      { queue: '*', channel: 'social', within: 4, unit: 'opening-hours', warnFraction: 0.2, share: 0.8 },
    ]);

    const put = (token: string, body: unknown) => api('/api/opening-hours/service-levels', { method: 'PUT', token, body });
    const target = { queue: 'second-line', channel: 'phone', within: 120, unit: 'seconds', share: 0.85 };
    expect((await put(adviser, target)).status).toBe(403);
    expect(await json<ServiceLevelTargetView>(await put(supervisor, target), 200)).toEqual({ ...target, warnFraction: 0.2 });
    expect(await json<ServiceLevelTargetView>(await put(supervisor, { ...target, share: 1, warnFraction: 0.5 }), 200)).toMatchObject({
      share: 1,
      warnFraction: 0.5,
    });
    expect((await targets()).find((t) => t.queue === 'second-line')).toEqual({ ...target, share: 1, warnFraction: 0.5 });

    const refused = async (body: unknown, reason: RegExp) => {
      const res = await put(supervisor, body);
      const text = await res.text();
      expect({ status: res.status, text }).toMatchObject({ status: 400, text: expect.stringMatching(reason) as unknown });
    };
    await refused({ ...target, share: 0 }, /share must be above 0/);
    await refused({ ...target, share: -0.5 }, /share must be above 0/);
    await refused({ ...target, share: 80 }, /share must be at most 1/);
    await refused({ ...target, share: '0.8' }, /share must be a number/);
    await refused({ queue: 'second-line', channel: 'phone', within: 120, unit: 'seconds' }, /share must be a number/);
    await refused({ ...target, within: 0 }, /within must be above 0/);
    await refused({ ...target, unit: 'minutes' }, /unit must be one of/);
    await refused({ ...target, queue: 'third-line' }, /queue must be/);
    await refused({ ...target, channel: 'fax' }, /channel must be one of/);
    expect((await targets()).find((t) => t.queue === 'second-line')).toMatchObject({ share: 1 });
  });
});
