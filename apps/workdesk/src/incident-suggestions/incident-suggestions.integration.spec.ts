// Integration: the workdesk runs as a real process (real Kafka broker, Postgres and Redis) on a
// database of this file's own, with a clock of its own; requests go over HTTP. Eight weeks of
// normal contacts (marked generated) and a spike in the last hour are written straight into
// Postgres; the workdesk's early warning finds the spike at start and again every 1.5 s.
import { DateTime } from 'luxon';
import type { IncidentSuggestionView } from '@inquiry-router/contracts';
import { findPersonalData } from '@inquiry-router/runtime';
import { eventually, pipelineApi, TestPipeline } from '@inquiry-router/testing';

// Wednesday 14 May 2025, 10:30 in Oslo: the workdesk's "now". Eight weeks back reaches into winter time.
const workdeskNow = '2025-05-14T08:30:00Z';
const oslo = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Oslo' });

interface Contact {
  category: string;
  at: DateTime;
  subject: string;
  body: string;
  generated: boolean;
}

let sequence = 0;

/** Inquiries with a technical routing decision of their category, as the router records them. */
async function record(pipeline: TestPipeline, contacts: Contact[]): Promise<void> {
  const ids = contacts.map(() => `EW-${String(++sequence).padStart(6, '0')}`);
  await pipeline.db.query(
    `INSERT INTO inquiries (id, channel, received_at, sender, to_address, subject, body, status, thread_id, generated)
     SELECT id, 'email', at, '{"email":"someone@example.no"}'::jsonb, 'support@portal.example', subject, body, 'resolved', id, generated
       FROM unnest($1::text[], $2::timestamptz[], $3::text[], $4::text[], $5::boolean[]) AS c(id, at, subject, body, generated)`,
    [
      ids,
      contacts.map((c) => c.at.toJSDate()),
      contacts.map((c) => c.subject),
      contacts.map((c) => c.body),
      contacts.map((c) => c.generated),
    ],
  );
  await pipeline.db.query(
    `INSERT INTO routing_decisions (inquiry_id, target, kind, category, confidence, reasons, policy_version, decided_at)
     SELECT id, 'first-line', 'technical', category, 0.9, '[]'::jsonb, 'test', at
       FROM unnest($1::text[], $2::text[], $3::timestamptz[]) AS d(id, category, at)`,
    [ids, contacts.map((c) => c.category), contacts.map((c) => c.at.toJSDate())],
  );
}

/** `count` contacts of a category spread over the 50 minutes before `end`. */
function contactsBefore(end: DateTime, category: string, count: number, text: (i: number) => string, generated: boolean): Contact[] {
  return Array.from({ length: count }, (_, i) => ({
    category,
    at: end.minus({ minutes: 50 }).plus({ seconds: Math.floor((i * 45 * 60) / count) }),
    subject: `Problem med ${category}`,
    body: text(i),
    generated,
  }));
}

const loginTroubles = ['Jeg får ikke logget inn i dag', 'Innloggingen med BankID feiler', 'Får feilmelding når jeg logger inn'];
const loginComplaint = (i: number) =>
  `${loginTroubles[i % 3]}. Min e-post er kari.nordmann${i}@example.no og fødselsnummeret mitt er 010170${String(10000 + i)}. ` +
  'Det har vært slik hele morgenen, både på mobil og PC, og jeg har prøvd å tømme hurtigbufferen. '.repeat(3);

describe('early warning: a rise in one category’s contacts becomes a suggested incident operators confirm or dismiss', () => {
  const pipeline = new TestPipeline({ privateDatabase: 'early_warning' });
  const { api, json, login } = pipelineApi(pipeline);
  let operator: string;
  let supervisor: string;
  let adviser: string;
  const suggestions = async (token: string, status = 'open') =>
    json<IncidentSuggestionView[]>(await api(`/api/incident-suggestions?status=${status}`, { token }), 200);

  beforeAll(async () => {
    await pipeline.setUp();
    const now = oslo(workdeskNow);
    // The normal: the same weekday and clock window in each of the eight weeks before (the generator's mark on them).
    for (let week = 1; week <= 8; week++) {
      const end = now.minus({ weeks: week });
      await record(pipeline, [
        ...contactsBefore(end, 'login', [4, 5, 6, 5, 4, 6, 5, 5][week - 1], () => 'Får ikke logget inn', true),
        ...contactsBefore(end, 'roles-rights', 6, () => 'Mangler rettighet', true),
        ...contactsBefore(end, 'inbox', 2, () => 'Finner ikke meldingen', true),
      ]);
    }
    // The last hour: login and inbox far above it, roles and rights as always.
    await record(pipeline, [
      ...contactsBefore(now, 'login', 60, loginComplaint, false),
      ...contactsBefore(now, 'roles-rights', 6, () => 'Mangler rettighet', false),
      ...contactsBefore(now, 'inbox', 25, () => 'Meldingsboksen er tom', false),
    ]);
    await pipeline.start('workdesk', { CLOCK_STARTS_AT: workdeskNow, RISE_CHECK_INTERVAL_MS: '1500' });
    [operator, supervisor, adviser] = await Promise.all([login('operator'), login('supervisor'), login('adviser')]);
  }, 240_000);
  afterAll(() => pipeline.tearDown());

  it('suggests an incident for the rising categories with the counts and masked examples, and none for normal traffic', async () => {
    const open = await suggestions(operator);
    expect(open.map((s) => s.category).sort()).toEqual(['inbox', 'login']);
    const loginRise = open.find((s) => s.category === 'login')!;
    expect(loginRise).toMatchObject({
      status: 'open',
      observed: 60,
      expected: 5,
      ratio: 12,
      noticeId: null,
      decidedBy: null,
      decidedAt: null,
    });
    // The last hour on the workdesk's clock.
    expect(Date.parse(loginRise.windowEnd) - Date.parse(loginRise.windowStart)).toBe(3_600_000);
    expect(Date.parse(loginRise.windowStart)).toBeGreaterThanOrEqual(Date.parse('2025-05-14T07:30:00Z'));
    // Texts that differ only in their personal data read alike once masked, and are shown once.
    expect(loginRise.examples).toHaveLength(3);
    for (const example of loginRise.examples) {
      expect(example.length).toBeLessThanOrEqual(200);
      expect(example).toMatch(/…$/);
      expect(findPersonalData(example)).toEqual([]);
      expect(example).not.toMatch(/kari\.nordmann|01017010/);
      expect(example).toMatch(/^Problem med login: /);
    }
    expect(loginRise.examples.join(' ')).toContain('k***@example.no');
    // Supervisors read them too.
    expect((await suggestions(supervisor)).map((s) => s.id).sort()).toEqual(open.map((s) => s.id).sort());
  });

  it('updates the open suggestion while the rise goes on, rather than adding another', async () => {
    const [before] = (await suggestions(operator)).filter((s) => s.category === 'login');
    await record(pipeline, contactsBefore(oslo(workdeskNow), 'login', 10, loginComplaint, false));
    const after = await eventually(
      async () => (await suggestions(operator)).find((s) => s.category === 'login' && s.observed === 70),
      15_000,
      'the suggestion to count the new contacts',
    );
    expect(after.id).toBe(before.id);
    expect(after.createdAt).toBe(before.createdAt);
    expect(Date.parse(after.windowEnd)).toBeGreaterThan(Date.parse(before.windowEnd));
    expect((await suggestions(operator, 'all')).filter((s) => s.category === 'login')).toHaveLength(1);
  });

  it('needs an operator’s token: 401 without, 403 for an adviser', async () => {
    const [login] = (await suggestions(operator)).filter((s) => s.category === 'login');
    expect((await api('/api/incident-suggestions')).status).toBe(401);
    expect((await api(`/api/incident-suggestions/${login.id}/dismiss`, { method: 'POST' })).status).toBe(401);
    expect((await api('/api/incident-suggestions', { token: adviser })).status).toBe(403);
    expect((await api(`/api/incident-suggestions/${login.id}/dismiss`, { method: 'POST', token: adviser })).status).toBe(403);
    expect(
      (await api(`/api/incident-suggestions/${login.id}/confirm`, { method: 'POST', token: adviser, body: { noticeId: 'DRIFT-00001' } }))
        .status,
    ).toBe(403);
    expect((await api('/api/incident-suggestions?status=maybe', { token: operator })).status).toBe(400);
  });

  it('confirms with the incident registered for it: 422 for a notice that does not exist, 400 for no notice id', async () => {
    const [inbox] = (await suggestions(operator)).filter((s) => s.category === 'inbox');
    const confirm = (body: unknown) => api(`/api/incident-suggestions/${inbox.id}/confirm`, { method: 'POST', token: operator, body });
    expect((await confirm({ noticeId: 'DRIFT-99999' })).status).toBe(422);
    expect((await confirm({ noticeId: 'not a notice' })).status).toBe(400);
    expect((await confirm({})).status).toBe(400);

    const [{ id: noticeId }]: { id: string }[] = await pipeline.db.query(
      `INSERT INTO notices (kind, status, severity, title, description, components, environments, audiences, starts_at, created_by)
       VALUES ('incident', 'investigating', 'major', '{"nb":"Meldingsboksen viser ingenting"}', '{"nb":"Vi undersøker."}',
               '{inbox}', '{production}', '{end-users}', now(), 'operator')
       RETURNING id`,
    );
    const confirmed = await json<IncidentSuggestionView>(await confirm({ noticeId }), 200);
    expect(confirmed).toMatchObject({ id: inbox.id, status: 'confirmed', noticeId, decidedBy: 'operator' });
    expect(Date.parse(confirmed.decidedAt!)).toBeGreaterThanOrEqual(Date.parse(workdeskNow));
    expect((await confirm({ noticeId })).status).toBe(409);
    expect((await suggestions(operator, 'confirmed')).map((s) => s.id)).toEqual([inbox.id]);
  });

  it('dismisses once (a second time: 409), and does not suggest the category again while the rise goes on', async () => {
    const [login] = (await suggestions(operator)).filter((s) => s.category === 'login');
    const dismiss = () => api(`/api/incident-suggestions/${login.id}/dismiss`, { method: 'POST', token: operator });
    expect(await json<IncidentSuggestionView>(await dismiss(), 200)).toMatchObject({
      id: login.id,
      status: 'dismissed',
      decidedBy: 'operator',
    });
    expect((await dismiss()).status).toBe(409);
    expect(
      (await api('/api/incident-suggestions/00000000-0000-4000-8000-000000000000/dismiss', { method: 'POST', token: operator })).status,
    ).toBe(404);
    expect((await api('/api/incident-suggestions/nonsense/dismiss', { method: 'POST', token: operator })).status).toBe(404);

    // Several runs of the job later, login still rises, but stays dismissed.
    await new Promise((r) => setTimeout(r, 5000));
    expect(await suggestions(operator)).toEqual([]);
    const all = await suggestions(operator, 'all');
    expect(all.filter((s) => s.category === 'login')).toEqual([expect.objectContaining({ id: login.id, status: 'dismissed' })]);
    expect(all.find((s) => s.category === 'roles-rights')).toBeUndefined();
  });
});
