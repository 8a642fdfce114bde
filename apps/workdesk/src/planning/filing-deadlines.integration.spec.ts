// Integration: the workdesk runs as a real process (real Kafka broker, Postgres and Redis) on a
// clock of its own; requests go over HTTP. Deadlines made here have fresh names, so the shared
// test database's calendar (the seeded deadlines) is left as it was for other files.
import type { ProblemDocument } from '@inquiry-router/runtime';
import { freshId, pipelineApi, TestPipeline } from '@inquiry-router/testing';
import type { FilingDeadlineAuditEntryView, FilingDeadlineListView, FilingDeadlineView } from './filing-deadlines.views';

// Thursday 2 January 2025, 09:00 in Oslo: the workdesk's "now".
const workdeskMorning = '2025-01-02T08:00:00Z';

describe('planning: the filing-deadline calendar, kept by supervisors and audited', () => {
  const pipeline = new TestPipeline();
  const { api, json, login } = pipelineApi(pipeline);
  let supervisor: string;
  let adviser: string;
  const as = (token: string, method: string, path: string, body?: unknown) =>
    api(`/api/planning/deadlines${path}`, { method, token, body });

  beforeAll(async () => {
    await pipeline.setUp();
    await pipeline.start('workdesk', { CLOCK_STARTS_AT: workdeskMorning });
    [supervisor, adviser] = await Promise.all([login('supervisor'), login('adviser')]);
  }, 120_000);
  afterAll(() => pipeline.tearDown());

  it('lists the seeded Norwegian deadlines with when they fall in the next 90 days, moved off weekends', async () => {
    const list = await json<FilingDeadlineListView>(await as(supervisor, 'GET', ''), 200);
    expect(list).toMatchObject({ from: '2025-01-02', to: '2025-04-01' });
    const aMelding = list.deadlines.find((d) => d.agency === 'skd' && d.name === 'a-melding')!;
    expect(aMelding.ruleText).toBe('the 5th of every month, or the next working day after a weekend or public holiday');
    // 5 January 2025 is a Sunday; 5 April is after the range.
    expect(aMelding.occurrences.map((o) => [o.date, o.ruleDate, o.movedOver])).toEqual([
      ['2025-01-06', '2025-01-05', ['Sunday']],
      ['2025-02-05', '2025-02-05', []],
      ['2025-03-05', '2025-03-05', []],
    ]);
    const names = list.deadlines.map((d) => `${d.agency} ${d.name}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'skd aksjonærregisteroppgaven (RF-1086)',
        'skd tredjepartsopplysninger',
        'skd skattemelding for personer',
        'skd skattemelding for næringsdrivende',
        'skd mva-melding, term 3',
        'brg årsregnskap',
      ]),
    );
    const dates = list.occurrences.map((o) => o.date);
    expect(dates).toEqual([...dates].sort());
    expect(list.occurrences.filter((o) => o.date === '2025-01-31').map((o) => o.name)).toEqual(
      expect.arrayContaining(['aksjonærregisteroppgaven (RF-1086)', 'tredjepartsopplysninger']),
    );
  });

  it('lets supervisors only: an adviser is refused', async () => {
    expect((await as(adviser, 'GET', '')).status).toBe(403);
    expect(
      (await as(adviser, 'POST', '', { agency: 'skd', name: freshId('x'), rule: { kind: 'monthly', day: 5 }, channels: ['phone'] })).status,
    ).toBe(403);
  });

  it('refuses a rule it cannot use, an unknown channel or agency, with the reason', async () => {
    const base = { agency: 'skd', name: freshId('deadline'), channels: ['phone'] };
    const refusal = async (body: unknown) => (await json<ProblemDocument>(await as(supervisor, 'POST', '', body), 400)).detail;
    expect(await refusal({ ...base, rule: { kind: 'yearly', month: 2, day: 30 } })).toBe(
      'February has no day 30; use "last" for its last day',
    );
    expect(await refusal({ ...base, rule: { kind: 'fortnightly', day: 1 } })).toMatch(/rule.kind must be "yearly"/);
    expect(await refusal({ ...base, rule: { kind: 'monthly', day: 5, moveTo: 'previous-working-day' } })).toMatch(/moveTo/);
    expect(await refusal({ ...base, rule: 'the fifth' })).toMatch(/rule must be an object/);
    expect(await refusal({ ...base, rule: { kind: 'monthly', day: 5 }, channels: ['fax'] })).toMatch(
      /each channel must be one of phone, email, social/,
    );
    expect(await refusal({ ...base, rule: { kind: 'monthly', day: 5 }, agency: 'nope' })).toMatch(
      /no agency "nope" in the policy in force/,
    );
    expect(await refusal({ ...base, rule: { kind: 'monthly', day: 5 }, extra: 1 })).toMatch(/extra/);
  });

  it('creates, changes and deactivates a deadline, each change audited with before and after', async () => {
    const name = freshId('ldir produksjonstilskudd');
    const created = await json<FilingDeadlineView>(
      await as(supervisor, 'POST', '', {
        agency: 'ldir',
        name,
        rule: { kind: 'yearly', month: 3, day: 15, moveTo: 'next-working-day' },
        channels: ['email', 'phone'],
        notes: 'Application deadline',
      }),
      201,
    );
    expect(created).toMatchObject({ agency: 'ldir', name, channels: ['phone', 'email'], active: true, notes: 'Application deadline' });
    // 15 March 2025 is a Saturday.
    expect(created.occurrences.map((o) => o.date)).toEqual(['2025-03-17']);
    expect(
      (await as(supervisor, 'POST', '', { agency: 'ldir', name, rule: { kind: 'monthly', day: 1 }, channels: ['phone'] })).status,
    ).toBe(409);

    const changed = await json<FilingDeadlineView>(
      await as(supervisor, 'PUT', `/${created.id}`, { rule: { kind: 'monthly', day: 'last', months: [2, 8] }, notes: null }),
      200,
    );
    expect(changed).toMatchObject({ rule: { kind: 'monthly', day: 'last', months: [2, 8] }, notes: null, channels: ['phone', 'email'] });
    expect(changed.occurrences.map((o) => o.date)).toEqual(['2025-02-28']);
    expect(
      (await json<ProblemDocument>(await as(supervisor, 'PUT', `/${created.id}`, { rule: { kind: 'monthly', day: 31 } }), 400)).detail,
    ).toBe('February has no day 31 in every year; use "last" for the last day');

    const deactivated = await json<FilingDeadlineView>(await as(supervisor, 'POST', `/${created.id}/deactivate`), 200);
    expect(deactivated).toMatchObject({ active: false, occurrences: [] });
    await json<FilingDeadlineView>(await as(supervisor, 'POST', `/${created.id}/deactivate`), 200);

    const active = await json<FilingDeadlineListView>(await as(supervisor, 'GET', ''), 200);
    expect(active.deadlines.some((d) => d.id === created.id)).toBe(false);
    const all = await json<FilingDeadlineListView>(await as(supervisor, 'GET', '?includeInactive=true&from=2025-01-01&to=2025-12-31'), 200);
    expect(all.deadlines.find((d) => d.id === created.id)).toMatchObject({ active: false, occurrences: [] });

    const trail = await json<FilingDeadlineAuditEntryView[]>(await as(supervisor, 'GET', `/audit?deadline=${created.id}`), 200);
    // Newest first; deactivating it a second time changed nothing, so wrote nothing.
    expect(trail.map((e) => [e.action, e.actor])).toEqual([
      ['deactivated', 'supervisor'],
      ['updated', 'supervisor'],
      ['created', 'supervisor'],
    ]);
    expect(trail[2]).toMatchObject({ before: null, after: { name, rule: { kind: 'yearly', month: 3, day: 15 } } });
    expect(trail[1]).toMatchObject({
      before: { rule: { kind: 'yearly', month: 3, day: 15 }, notes: 'Application deadline' },
      after: { rule: { kind: 'monthly', day: 'last', months: [2, 8] }, notes: null },
    });
    expect(trail[0]).toMatchObject({ before: { active: true }, after: { active: false } });

    await json<FilingDeadlineView>(await as(supervisor, 'PUT', `/${created.id}`, { active: true }), 200);
    const seeded = await json<FilingDeadlineAuditEntryView[]>(await as(supervisor, 'GET', '/audit?limit=1000'), 200);
    expect(seeded.some((e) => e.actor === 'seed' && e.action === 'created' && e.after.name === 'a-melding')).toBe(true);
  });

  it('answers 404 for an unknown deadline and 400 for a bad id, range or limit', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await as(supervisor, 'PUT', `/${unknown}`, { active: false })).status).toBe(404);
    expect((await as(supervisor, 'POST', `/${unknown}/deactivate`)).status).toBe(404);
    expect((await as(supervisor, 'GET', `/${unknown}`)).status).toBe(404);
    expect((await as(supervisor, 'GET', '/not-a-uuid')).status).toBe(400);
    expect((await json<ProblemDocument>(await as(supervisor, 'GET', '?from=2025-03-01&to=2025-02-01'), 400)).detail).toMatch(/before from/);
    expect((await as(supervisor, 'GET', '?from=2025-01-01&to=2027-06-01')).status).toBe(400);
    expect((await as(supervisor, 'GET', '/audit?limit=0')).status).toBe(400);
    expect((await as(supervisor, 'PUT', `/${unknown}`, {})).status).toBe(400);
  });
});
