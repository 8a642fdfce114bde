// Integration: the workdesk runs as a real process (real Kafka broker, Postgres and Redis); requests
// go over HTTP as an operator, an adviser and nobody; notice.changed.v1 is read from the broker.
// The test database is shared: the notices made here are told apart by their ids and titles.
import { parseFeed } from '@rowanmanning/feed-parser';
import { Topics, type NoticeChanged, type NoticeView, type StatusSummaryView } from '@inquiry-router/contracts';
import type { ProblemDocument } from '@inquiry-router/runtime';
import { eventually, freshId, pipelineApi, TestPipeline } from '@inquiry-router/testing';

describe('operational notices: operators register and update them, everyone reads the status page and feeds', () => {
  const pipeline = new TestPipeline();
  const { api, json, login } = pipelineApi(pipeline);
  let operator: string;
  let adviser: string;
  let changes: Awaited<ReturnType<TestPipeline['collect']>>;
  const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
  const hoursAhead = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
  const incident = (title: string) => ({
    kind: 'incident',
    severity: 'major',
    title: { nb: title, en: `${title} (en)` },
    description: { nb: 'Enkelte får ikke logget inn med BankID.', en: 'Some cannot log in with BankID.' },
    components: ['login'],
    environments: ['production'],
    audiences: ['end-users', 'service-owners'],
    keywords: ['BankID'],
    startsAt: minutesAgo(10),
    expectedEndAt: hoursAhead(2),
  });

  beforeAll(async () => {
    await pipeline.setUp();
    await pipeline.start('workdesk');
    [operator, adviser] = await Promise.all([login('operator'), login('adviser')]);
    changes = await pipeline.collect(Topics.NoticeChanged);
  }, 120_000);
  afterAll(() => pipeline.tearDown());

  it('refuses registering without a token (401) and to an adviser (403)', async () => {
    expect((await api('/api/notices', { method: 'POST', body: incident('Uten tilgang') })).status).toBe(401);
    expect((await api('/api/notices', { method: 'POST', token: adviser, body: incident('Uten tilgang') })).status).toBe(403);
    expect((await api('/api/notices/components', { token: adviser })).status).toBe(403);
  });

  it('refuses a notice without bokmål, with unknown components, a bad date, an end before the start or too many keywords', async () => {
    const refusal = async (body: unknown, status: number) =>
      json<ProblemDocument>(await api('/api/notices', { method: 'POST', token: operator, body }), status);
    const base = incident(freshId('Avvist'));
    expect((await refusal({ ...base, title: { en: 'Only English' } }, 400)).problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'title.nb' })]),
    );
    expect((await refusal({ ...base, description: { nb: '   ' } }, 400)).problems).toEqual([
      { path: 'description.nb', message: 'nb must be written (bokmål is required)' },
    ]);
    const unknown = await refusal({ ...base, components: ['login', 'teleporter', 'time-machine'] }, 422);
    expect(unknown.detail).toBe('unknown components: teleporter, time-machine');
    expect((await refusal({ ...base, startsAt: 'tomorrow' }, 400)).problems).toEqual([
      { path: 'startsAt', message: 'startsAt must be an ISO 8601 date and time' },
    ]);
    const early = (await refusal({ ...base, expectedEndAt: minutesAgo(20) }, 400)).problems!;
    expect(early.map((p) => p.path)).toEqual(['expectedEndAt']);
    expect(early[0].message).toMatch(/^expectedEndAt must be after the start/);
    const words = Array.from({ length: 21 }, (_, i) => `ord${i}`);
    expect((await refusal({ ...base, keywords: words }, 400)).problems).toEqual([
      { path: 'keywords', message: 'keywords must be at most 20 words' },
    ]);
    expect((await refusal({ ...base, keywords: ['two words'] }, 400)).problems?.[0].path).toBe('keywords');
  });

  it('registers an incident, updates it to identified and resolved with its history, refuses stale and disallowed changes, and tells Kafka each change once', async () => {
    const title = freshId('Innlogging feiler');
    const registered = await json<NoticeView>(await api('/api/notices', { method: 'POST', token: operator, body: incident(title) }), 201);
    expect(registered).toMatchObject({
      kind: 'incident',
      status: 'investigating',
      version: 1,
      endedAt: null,
      keywords: ['bankid'],
      createdBy: 'operator',
    });
    expect(registered.updates).toEqual([
      expect.objectContaining({
        sequence: 1,
        status: 'investigating',
        changed: [],
        changedBy: 'operator',
        message: registered.description,
      }),
    ]);
    const id = registered.id;
    expect(id).toMatch(/^DRIFT-\d{5,}$/);
    const update = (body: unknown) => api(`/api/notices/${id}/updates`, { method: 'POST', token: operator, body });

    const identified = await json<NoticeView>(
      await update({
        version: 1,
        status: 'identified',
        message: { nb: 'Feilen er hos BankID.', en: 'The fault is with BankID.' },
        expectedEndAt: hoursAhead(4),
        components: ['login', 'inbox'],
        severity: 'major',
      }),
      200,
    );
    expect(identified).toMatchObject({ status: 'identified', version: 2, components: ['login', 'inbox'], endedAt: null });
    expect(identified.updates[1]).toMatchObject({ sequence: 2, status: 'identified', changed: ['expectedEndAt', 'components'] });

    // Made on version 1, which is no longer the notice's.
    const stale = await json<ProblemDocument>(await update({ version: 1, status: 'monitoring', message: { nb: 'For sent.' } }), 409);
    expect(stale.detail).toMatch(new RegExp(`${id} is at version 2, not 1`));
    // An incident has no maintenance statuses.
    expect((await json<ProblemDocument>(await update({ version: 2, status: 'completed', message: { nb: 'Nei.' } }), 409)).detail).toMatch(
      /completed is not a status of an incident/,
    );

    const resolved = await json<NoticeView>(
      await update({ version: 2, status: 'resolved', message: { nb: 'Innlogging virker igjen.', en: 'Login works again.' } }),
      200,
    );
    expect(resolved).toMatchObject({ status: 'resolved', version: 3 });
    expect(resolved.endedAt).not.toBeNull();
    expect(resolved.updates.map((u) => [u.sequence, u.status])).toEqual([
      [1, 'investigating'],
      [2, 'identified'],
      [3, 'resolved'],
    ]);
    // Nothing follows an ending status.
    expect(
      (await json<ProblemDocument>(await update({ version: 3, status: 'monitoring', message: { nb: 'Igjen?' } }), 409)).detail,
    ).toMatch(/an ended notice takes no updates/);

    const [row]: { ended_at: Date | null; version: number; updates: number }[] = await pipeline.db.query(
      `SELECT ended_at, version, (SELECT count(*)::int FROM notice_updates WHERE notice_id = $1) AS updates FROM notices WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ ended_at: new Date(resolved.endedAt!), version: 3, updates: 3 });
    expect(await json<NoticeView>(await api(`/api/notices/${id}`, { token: operator }), 200)).toEqual(resolved);
    const ended = await json<NoticeView[]>(await api('/api/notices?state=ended', { token: operator }), 200);
    expect(ended.map((n) => n.id)).toContain(id);
    const active = await json<NoticeView[]>(await api('/api/notices?state=active', { token: operator }), 200);
    expect(active.map((n) => n.id)).not.toContain(id);
    expect((await api('/api/notices/DRIFT-99999999', { token: operator })).status).toBe(404);
    expect((await api('/api/notices/not-a-notice', { token: operator })).status).toBe(404);

    // One notice.changed.v1 per change, none for the refused ones.
    const events = await eventually(
      async () => {
        const mine = changes.filter((r) => r.key === id).map((r) => JSON.parse(r.value!) as NoticeChanged);
        return mine.length >= 3 ? mine : undefined;
      },
      20_000,
      `three notice.changed.v1 of ${id}`,
    );
    await new Promise((r) => setTimeout(r, 1000));
    expect(changes.filter((r) => r.key === id)).toHaveLength(3);
    expect(events.map((e) => [e.sequence, e.status, e.message.nb])).toEqual([
      [1, 'investigating', 'Enkelte får ikke logget inn med BankID.'],
      [2, 'identified', 'Feilen er hos BankID.'],
      [3, 'resolved', 'Innlogging virker igjen.'],
    ]);
    expect(events[2]).toMatchObject({ noticeId: id, endedAt: resolved.endedAt, changedBy: 'operator', components: ['login', 'inbox'] });
  }, 60_000);

  it('publishes the status page and both feeds without a token', async () => {
    const title = freshId('Treg innboks <script>alert(1)</script>');
    const notice = await json<NoticeView>(
      await api('/api/notices', {
        method: 'POST',
        token: operator,
        body: { ...incident(title), components: ['inbox'], severity: 'critical', title: { nb: title } },
      }),
      201,
    );
    const planned = await json<NoticeView>(
      await api('/api/notices', {
        method: 'POST',
        token: operator,
        body: {
          ...incident(freshId('Vedlikehold av skjema')),
          kind: 'maintenance',
          components: ['forms'],
          environments: ['test'],
          startsAt: hoursAhead(24),
          expectedEndAt: hoursAhead(26),
        },
      }),
      201,
    );

    const page = await api('/status?lang=en');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('public, max-age=30');
    const html = await page.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(`id="${notice.id}"`);
    expect(html).toContain(title.replace('<script>', '&lt;script&gt;').replace('</script>', '&lt;/script&gt;'));
    expect(html).not.toContain('<script>');
    expect(html).toMatch(/<th scope="row">Inbox and messages<\/th><td><span class="state state-major-outage">Major outage<\/span>/);
    expect(html).toContain(`id="${planned.id}"`);
    expect(html).toMatch(
      /<link rel="alternate" type="application\/atom\+xml" title="Atom feed" href="http:\/\/127\.0\.0\.1:\d+\/status\/feed\.atom\?lang=en">/,
    );
    expect((await api('/status?lang=de')).status).toBe(400);
    // A browser gets that refusal as a page of its own, whose inline style the status page's policy would refuse.
    const refused = await fetch(pipeline.url('workdesk', '/status?lang=de'), { headers: { accept: 'text/html', 'accept-language': 'en' } });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-security-policy')).toContain("style-src 'unsafe-inline'");
    expect(await refused.text()).toContain('<li lang="en">lang: lang must be one of nb, nn, en</li>');
    expect((await api('/status/status.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');

    const atom = await api('/status/feed.atom');
    expect(atom.status).toBe(200);
    expect(atom.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(atom.headers.get('cache-control')).toBe('public, max-age=30');
    const feed = parseFeed(await atom.text());
    expect(feed.title).toBe('Driftsstatus');
    const entry = feed.items.find((i) => i.id?.endsWith(`#${notice.id}/1`));
    expect(entry).toMatchObject({ title: `${title} – Undersøkes`, content: 'Enkelte får ikke logget inn med BankID.' });
    expect(entry!.url).toBe(pipeline.url('workdesk', `/status#${notice.id}`));
    expect(feed.items.find((i) => i.id?.endsWith(`#${planned.id}/1`))?.title).toMatch(/– Planlagt$/);
    const published = feed.items.map((i) => i.published!.getTime());
    expect(published).toEqual([...published].sort((a, b) => b - a));

    const jsonFeed = await api('/status/feed.json');
    expect(jsonFeed.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    const body = await json<{ version: string; title: string; items: { id: string; content_text: string; url: string; tags: string[] }[] }>(
      jsonFeed,
      200,
    );
    expect(body).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', title: 'Driftsstatus' });
    for (const item of body.items) expect([typeof item.id, typeof item.content_text]).toEqual(['string', 'string']);
    expect(body.items.find((i) => i.id === `${notice.id}/1`)).toMatchObject({
      url: pipeline.url('workdesk', `/status#${notice.id}`),
      tags: ['inbox', 'production', 'end-users', 'service-owners'],
    });

    const summary = await json<StatusSummaryView>(await api('/status/summary.json'), 200);
    expect(summary.active.map((n) => n.id)).toContain(notice.id);
    expect(summary.upcoming.map((n) => n.id)).toContain(planned.id);
    const inbox = summary.components.find((c) => c.component === 'inbox' && c.environment === 'production');
    expect(inbox).toMatchObject({ state: 'major-outage' });
    expect(inbox!.notices).toContain(notice.id);
  }, 60_000);
});
