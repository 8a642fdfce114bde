// Integration: the workdesk runs as a real process (real Kafka broker, Postgres and Redis) on a
// database of this file's own, with a clock of its own; requests go over HTTP. Nine weeks of past
// contacts are written by the history generator (tools/history), which raises the volume before the
// seeded filing deadlines (a-melding on the 5th): the forecast must learn that from the data alone.
import type {
  ExtendedHoursProposalView,
  PlanningForecastIntervalView,
  PlanningOverviewView,
  PlanningSimulationView,
  PlanningStaffingIntervalView,
  RosterShiftView,
} from '@inquiry-router/contracts';
import type { ProblemDocument } from '@inquiry-router/runtime';
import { pipelineApi, TestPipeline } from '@inquiry-router/testing';
import { generateHistory } from '../../../../tools/history/history-generator';
import type { OpeningHoursView } from '../opening-hours/opening-hours.views';

// Monday 3 March 2025, 08:00 in Oslo: the workdesk's "now". The a-melding falls on Wednesday 5 March.
const workdeskMorning = '2025-03-03T07:00:00Z';
const span = 'from=2025-03-03&to=2025-03-09';

/** A proposal as the workdesk answers it: once accepted, with the opening exception it ordered. */
type Proposal = ExtendedHoursProposalView & { openingExceptionId?: string | null };

describe('planning: forecast, staffing, roster and extended-hours proposals for supervisors', () => {
  const pipeline = new TestPipeline({ privateDatabase: 'planning' });
  const { api, json, login } = pipelineApi(pipeline);
  let supervisor: string;
  let adviser: string;
  const as = (token: string, method: string, path: string, body?: unknown) => api(`/api/planning${path}`, { method, token, body });

  beforeAll(async () => {
    await pipeline.setUp();
    await generateHistory(pipeline.db, { days: 63, until: '2025-03-02', seed: 7, replace: false, now: new Date(workdeskMorning) });
    await pipeline.db.query(`INSERT INTO advisers (username) VALUES ('adviser'), ('adviser2') ON CONFLICT DO NOTHING`);
    await pipeline.start('workdesk', { CLOCK_STARTS_AT: workdeskMorning });
    [supervisor, adviser] = await Promise.all([login('supervisor'), login('adviser')]);
  }, 240_000);
  afterAll(() => pipeline.tearDown());

  it('forecasts the span from the history before today, with the a-melding’s learned effect named, and the staffing it needs', async () => {
    const overview = await json<PlanningOverviewView>(await as(supervisor, 'GET', `/overview?${span}`), 200);
    expect(overview).toMatchObject({ from: '2025-03-03', to: '2025-03-09', shrinkage: 0.3 });
    expect(overview.history).toEqual({ from: '2024-12-30', to: '2025-03-02', generated: true });
    expect(overview.deadlines).toEqual(
      expect.arrayContaining([expect.objectContaining({ agency: 'skd', name: 'a-melding', date: '2025-03-05' })]),
    );

    // Three channels, 48 half-hours a day, seven days.
    expect(overview.forecast).toHaveLength(3 * 48 * 7);
    const phoneOnDeadline = overview.forecast.find((i) => i.channel === 'phone' && i.date === '2025-03-05' && i.time === '10:00')!;
    const cause = phoneOnDeadline.deadline.causes.find((c) => c.name === 'a-melding')!;
    expect(cause).toMatchObject({ date: '2025-03-05', offset: 0 });
    expect(cause.factor).toBeGreaterThan(1.05);
    expect(phoneOnDeadline.forecast).toBeGreaterThan(0);
    // Overlapping deadline windows (a-melding, the January deadlines) learned together stay sensible.
    const factors = overview.forecast.flatMap((i) => i.deadline.causes.map((c) => c.factor));
    expect(Math.min(...factors)).toBeGreaterThan(0.5);
    expect(Math.max(...factors)).toBeLessThan(4);
    // The weekend is closed; nothing has come yet at 08:00 on the first day.
    expect(overview.forecast.find((i) => i.date === '2025-03-08' && i.time === '10:00')).toMatchObject({
      forecast: 0,
      closed: 'outside opening hours',
    });
    expect(overview.forecast.find((i) => i.date === '2025-03-03' && i.time === '12:00')!.actual).toBeNull();

    const morning = overview.staffing.find((s) => s.date === '2025-03-04' && s.time === '10:00')!;
    expect(morning.needed.phone).toBeGreaterThan(0);
    expect(morning.neededWithShrinkage).toBeGreaterThanOrEqual(Math.ceil(morning.neededTotal / 0.7 - 1e-9));
    expect(morning).toMatchObject({ planned: 0, gap: morning.neededWithShrinkage });
    expect(morning.phone!.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(overview.staffing.find((s) => s.date === '2025-03-08' && s.time === '10:00')).toMatchObject({
      neededTotal: 0,
      gap: 0,
      phone: null,
    });

    const forecastOnly = await json<PlanningForecastIntervalView[]>(await as(supervisor, 'GET', `/forecast?${span}`), 200);
    expect(forecastOnly).toHaveLength(overview.forecast.length);
    const requirements = await json<PlanningStaffingIntervalView[]>(await as(supervisor, 'GET', `/requirements?${span}`), 200);
    expect(requirements.find((s) => s.date === '2025-03-04' && s.time === '10:00')).toEqual(morning);
  });

  it('refuses a span it cannot plan, with the reason', async () => {
    const detail = async (query: string) => (await json<ProblemDocument>(await as(supervisor, 'GET', `/overview?${query}`), 400)).detail;
    expect(await detail('from=2025-03-01&to=2025-06-01')).toMatch(/at most 62 days/);
    expect(await detail('from=2025-03-09&to=2025-03-01')).toMatch(/before from/);
    expect(await detail('from=2025-02-30')).toMatch(/from must be a YYYY-MM-DD date/);
    expect(await detail('from=tomorrow')).toMatch(/from must be YYYY-MM-DD/);
    expect(await detail('from=2027-01-01&to=2027-01-02')).toMatch(/at most 366 days after today/);
  });

  it('keeps the roster: shifts added, changed and removed, audited, and the gap follows them', async () => {
    const shift = { adviserId: 'adviser', date: '2025-03-04', from: '08:00', to: '15:30', channels: ['phone'] };
    const added = await json<RosterShiftView>(await as(supervisor, 'POST', '/roster', shift), 201);
    expect(added).toMatchObject({ adviserId: 'adviser', date: '2025-03-04', from: '08:00', to: '15:30', channels: ['phone'] });
    await json<RosterShiftView>(
      await as(supervisor, 'POST', '/roster', { ...shift, adviserId: 'adviser2', from: '09:00', to: '12:00' }),
      201,
    );

    const staffing = await json<PlanningStaffingIntervalView[]>(
      await as(supervisor, 'GET', '/requirements?from=2025-03-04&to=2025-03-04'),
      200,
    );
    const at = (time: string) => staffing.find((s) => s.time === time)!;
    expect(at('10:00')).toMatchObject({ planned: 2, gap: at('10:00').neededWithShrinkage - 2 });
    expect(at('13:00').planned).toBe(1);
    expect(at('16:00').planned).toBe(0);

    const changed = await json<RosterShiftView>(await as(supervisor, 'PUT', `/roster/${added.id}`, { ...shift, from: '12:00' }), 200);
    expect(changed).toMatchObject({ id: added.id, from: '12:00', to: '15:30', channels: ['phone'] });
    const roster = await json<RosterShiftView[]>(await as(supervisor, 'GET', '/roster?from=2025-03-04&to=2025-03-04'), 200);
    expect(roster.map((s) => [s.adviserId, s.from, s.to])).toEqual([
      ['adviser2', '09:00', '12:00'],
      ['adviser', '12:00', '15:30'],
    ]);
    await json<RosterShiftView>(await as(supervisor, 'DELETE', `/roster/${added.id}`), 200);
    expect((await as(supervisor, 'DELETE', `/roster/${added.id}`)).status).toBe(404);

    const refusal = async (body: unknown, status: number) =>
      (await json<ProblemDocument>(await as(supervisor, 'POST', '/roster', body), status)).detail;
    expect(await refusal({ ...shift, from: '15:30', to: '08:00' }, 400)).toMatch(/from \(15:30\) must be before to \(08:00\)/);
    expect(await refusal({ ...shift, adviserId: 'nobody-here' }, 404)).toMatch(/no adviser "nobody-here"/);
    expect(await refusal({ ...shift, channels: ['fax'] }, 400)).toMatch(/each channel must be one of/);
    expect(await refusal({ ...shift, date: '2025-02-30' }, 400)).toMatch(/not a date/);

    const trail: { action: string; actor: string; before: unknown; after: unknown }[] = await pipeline.db.query(
      `SELECT action, actor, before, after FROM planning_audit WHERE subject = 'roster-shift' AND subject_id = $1 ORDER BY id`,
      [added.id],
    );
    expect(trail.map((e) => [e.action, e.actor])).toEqual([
      ['created', 'supervisor'],
      ['updated', 'supervisor'],
      ['deleted', 'supervisor'],
    ]);
    expect(trail[1]).toMatchObject({ before: { starts: '08:00' }, after: { starts: '12:00' } });
  });

  it('counts a trainee on the roster as half a qualified adviser, from the competences register, and shows every adviser’s levels', async () => {
    await pipeline.db.query(`INSERT INTO advisers (username) VALUES ('trainee-tove'), ('mentor-mia') ON CONFLICT DO NOTHING`);
    const setCompetence = async (adviserId: string, body: unknown) =>
      json(await api(`/api/competences/${adviserId}`, { method: 'PUT', token: supervisor, body }), 200);
    await setCompetence('mentor-mia', { areaKind: 'category', area: 'login', level: 'mentor' });
    await setCompetence('trainee-tove', { areaKind: 'category', area: 'login', level: 'in-training', mentor: 'mentor-mia' });
    const day = { date: '2025-03-07', channels: ['phone', 'email'] };
    for (const shift of [
      { ...day, adviserId: 'trainee-tove', from: '08:00', to: '15:30', queues: ['first-line'] },
      { ...day, adviserId: 'mentor-mia', from: '08:00', to: '15:30', queues: ['first-line'] },
      { ...day, adviserId: 'adviser2', from: '10:00', to: '12:00' },
    ])
      await json<RosterShiftView>(await as(supervisor, 'POST', '/roster', shift), 201);

    const roster = await json<RosterShiftView[]>(await as(supervisor, 'GET', '/roster?from=2025-03-07&to=2025-03-07'), 200);
    const shiftOf = (adviserId: string) => roster.find((s) => s.adviserId === adviserId)!;
    expect(shiftOf('trainee-tove')).toMatchObject({
      competences: [{ areaKind: 'category', area: 'login', level: 'in-training' }],
      staffWeight: 0.5,
    });
    expect(shiftOf('mentor-mia')).toMatchObject({
      competences: [{ areaKind: 'category', area: 'login', level: 'mentor' }],
      staffWeight: 1,
    });
    expect(shiftOf('adviser2')).toMatchObject({ competences: [], staffWeight: 1 });

    const staffingAt = async (time: string) =>
      (await json<PlanningStaffingIntervalView[]>(await as(supervisor, 'GET', '/requirements?from=2025-03-07&to=2025-03-07'), 200)).find(
        (s) => s.time === time,
      )!;
    const busy = await staffingAt('10:00');
    expect(busy).toMatchObject({ rostered: 3, trainees: 1, mentors: 1, planned: 2.5, gap: busy.neededWithShrinkage - 2.5 });
    expect(await staffingAt('13:00')).toMatchObject({ rostered: 2, trainees: 1, mentors: 1, planned: 1.5 });

    // Qualified now: the same shift counts in full.
    await setCompetence('trainee-tove', { areaKind: 'category', area: 'login', level: 'qualified', mentor: null });
    expect(await staffingAt('13:00')).toMatchObject({ rostered: 2, trainees: 0, mentors: 1, planned: 2 });
    expect(
      (await json<RosterShiftView[]>(await as(supervisor, 'GET', '/roster?from=2025-03-07&to=2025-03-07'), 200)).find(
        (s) => s.adviserId === 'trainee-tove',
      ),
    ).toMatchObject({ competences: [{ level: 'qualified' }], staffWeight: 1 });
  });

  it('proposes extended hours where the most advisers that can be rostered cannot meet the day, and an accepted one is ordered', async () => {
    expect(await json(await as(supervisor, 'GET', '/settings'), 200)).toEqual({ shrinkage: 0.3, maxAdvisers: null });
    expect((await json<ProblemDocument>(await as(supervisor, 'PUT', '/settings', { shrinkage: 1.2 }), 400)).detail).toMatch(/below 0.9/);
    // Few advisers: every weekday of the span is more than they can take by 15:30.
    expect(await json(await as(supervisor, 'PUT', '/settings', { shrinkage: 0.3, maxAdvisers: 3 }), 200)).toEqual({
      shrinkage: 0.3,
      maxAdvisers: 3,
    });

    const overview = await json<PlanningOverviewView>(await as(supervisor, 'GET', `/overview?${span}`), 200);
    expect(overview.proposals.map((p) => p.date)).toEqual(['2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07']);
    const onDeadline = overview.proposals.find((p) => p.date === '2025-03-05')!;
    expect(onDeadline).toMatchObject({ opens: '15:30', status: 'proposed', deadline: { name: 'a-melding', date: '2025-03-05' } });
    expect(onDeadline.closes > '15:30' && onDeadline.closes <= '20:00').toBe(true);
    expect(onDeadline.contactsBeyondNormalHours).toBeGreaterThan(0);
    expect(onDeadline.reason).toMatch(/a-melding/);
    expect(await json<Proposal[]>(await as(supervisor, 'GET', '/proposals'), 200)).toEqual(overview.proposals);

    const accepted = await json<Proposal>(await as(supervisor, 'POST', `/proposals/${onDeadline.id}/accept`), 200);
    expect(accepted).toMatchObject({ id: onDeadline.id, status: 'accepted' });
    expect(accepted.openingExceptionId).toEqual(expect.any(String));
    // Accepting it again answers it as it is and orders nothing more.
    expect(await json<Proposal>(await as(supervisor, 'POST', `/proposals/${onDeadline.id}/accept`), 200)).toEqual(accepted);
    expect((await as(supervisor, 'POST', `/proposals/${onDeadline.id}/dismiss`)).status).toBe(409);

    const hours = await json<OpeningHoursView>(await api('/api/opening-hours?from=2025-03-05&to=2025-03-05', { token: supervisor }), 200);
    expect(hours.days[0].exceptions).toEqual([
      expect.objectContaining({ id: accepted.openingExceptionId, kind: 'extended', opens: '15:30', closes: onDeadline.closes }),
    ]);
    expect(hours.days[0].spans).toHaveLength(1);

    const other = overview.proposals.find((p) => p.date === '2025-03-06')!;
    expect(await json<Proposal>(await as(supervisor, 'POST', `/proposals/${other.id}/dismiss`), 200)).toMatchObject({
      status: 'dismissed',
    });
    expect((await as(supervisor, 'POST', `/proposals/${other.id}/accept`)).status).toBe(409);
    expect((await as(supervisor, 'POST', '/proposals/00000000-0000-4000-8000-000000000000/accept')).status).toBe(404);

    // Read again, the decided proposals stay as decided; the deadline day is open later now.
    const again = await json<PlanningOverviewView>(await as(supervisor, 'GET', `/overview?${span}`), 200);
    expect(again.proposals.find((p) => p.date === '2025-03-05')).toMatchObject({ status: 'accepted' });
    expect(again.proposals.find((p) => p.date === '2025-03-06')).toMatchObject({ status: 'dismissed' });
    expect(again.forecast.find((i) => i.channel === 'phone' && i.date === '2025-03-05' && i.time === '15:30')!.closed).toBeNull();
    const audit: { action: string }[] = await pipeline.db.query(
      `SELECT action FROM planning_audit WHERE subject = 'proposal' AND subject_id = $1 ORDER BY id`,
      [onDeadline.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['created', 'accepted']);
  });

  it('simulates a day with the rostered advisers beside Erlang C', async () => {
    const simulation = await json<PlanningSimulationView>(await as(supervisor, 'GET', '/simulation?date=2025-03-04'), 200);
    expect(simulation.date).toBe('2025-03-04');
    expect(simulation.simulated.phone.offered).toBeGreaterThan(0);
    expect(simulation.erlangServiceLevel).toBeGreaterThanOrEqual(0.8);
    // One adviser for three hours cannot take a day of calls.
    expect(simulation.simulated.phone.serviceLevel!).toBeLessThan(simulation.erlangServiceLevel!);
    expect((await as(supervisor, 'GET', '/simulation')).status).toBe(400);
  });

  it('lets supervisors only', async () => {
    for (const [method, path] of [
      ['GET', `/overview?${span}`],
      ['GET', '/roster'],
      ['POST', '/roster'],
      ['GET', '/settings'],
      ['GET', '/proposals'],
    ]) {
      expect((await as(adviser, method, path, method === 'POST' ? {} : undefined)).status).toBe(403);
    }
    expect((await api('/api/planning/overview')).status).toBe(401);
  });
});
