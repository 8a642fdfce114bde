// Integration: real Kafka broker, Postgres (a database of this file's own: an incident in force
// would link other files' inquiries) and Redis; classifier, router, phone-adapter and workdesk run
// as real processes. Notices are written with SQL, as the notice registration stores them.
import type { IncidentResolutionView, Inquiry, InquiryWork, LiveOverview, OutboundMessage } from '@inquiry-router/contracts';
import { LinkedInquiryView, Topics } from '@inquiry-router/contracts';
import { inquiryIdFor } from '@inquiry-router/intake';
import type { AppProcess } from '@inquiry-router/local-system';
import { anInquiry, eventually, pipelineApi, ReadRecord, TestPipeline, twilioWebhooks } from '@inquiry-router/testing';
import type { InquiryView } from '../inquiries/inquiry.view';

const { authToken, callParams, postWebhook } = twilioWebhooks;

// Tuesday 14 January 2025, 10:00 in Oslo: the phone support is open.
const openClock = '2025-01-14T09:00:00Z';

describe('inquiries linked to incidents', () => {
  const pipeline = new TestPipeline({ privateDatabase: 'incident_links' });
  const { api, json, login, post, anAdviser } = pipelineApi(pipeline);
  let outbound: ReadRecord[];
  let work: ReadRecord[];
  let supervisor: string;
  let workdesk: AppProcess;

  const messagesTo = (id: string, purpose: string) =>
    outbound.map((r) => JSON.parse(r.value!) as OutboundMessage).filter((m) => m.inquiryId === id && m.purpose === purpose);

  /** An incident in force since New Year, as the notice registration stores one (with its first history entry). */
  async function anIncident(fields: { component: string; title: Record<string, string>; keywords?: string[] }): Promise<string> {
    const [{ id }]: { id: string }[] = await pipeline.db.query(
      `INSERT INTO notices (kind, status, severity, title, description, components, environments, audiences, keywords, starts_at, created_by)
       VALUES ('incident', 'investigating', 'major', $1, '{"nb":"Vi undersøker."}', $2, '{production}', '{end-users}', $3, '2025-01-01T00:00:00Z', 'operator')
       RETURNING id`,
      [JSON.stringify(fields.title), [fields.component], fields.keywords ?? []],
    );
    await pipeline.db.query(
      `INSERT INTO notice_updates (notice_id, sequence, status, message, changed_by) VALUES ($1, 1, 'investigating', '{"nb":"Vi undersøker."}', 'operator')`,
      [id],
    );
    return id;
  }

  async function resolveIncident(id: string): Promise<void> {
    await pipeline.db.query(`UPDATE notices SET status = 'resolved', ended_at = now(), version = version + 1 WHERE id = $1`, [id]);
    await pipeline.db.query(
      `INSERT INTO notice_updates (notice_id, sequence, status, message, changed_by) VALUES ($1, 2, 'resolved', '{"nb":"Løst."}', 'operator')`,
      [id],
    );
  }

  const view = async (id: string) => json<InquiryView>(await api(`/api/inquiries/${id}`, { token: supervisor }), 200);
  const linked = async (inquiryId: string, noticeId: string) =>
    eventually(
      async () => {
        const rows: { explanation: string[] }[] = await pipeline.db.query(
          `SELECT explanation FROM incident_links WHERE inquiry_id = $1 AND notice_id = $2`,
          [inquiryId, noticeId],
        );
        return rows[0];
      },
      30_000,
      `${inquiryId} linked to ${noticeId}`,
    );

  /** The resolution of `noticeId` as the supervisor reads it, once it has finished. */
  const finishedResolution = (noticeId: string, timeoutMs: number, what: string) =>
    eventually(
      async () => {
        const r = await json<IncidentResolutionView>(await api(`/api/notices/${noticeId}/resolution`, { token: supervisor }), 200);
        return r.state === 'finished' ? r : undefined;
      },
      timeoutMs,
      what,
    );

  let loginIncident: string;
  let inboxIncident: string;

  beforeAll(async () => {
    await pipeline.setUp({
      TWILIO_AUTH_TOKEN: authToken,
      INCIDENTS_REFRESH_SECONDS: '1',
      INCIDENT_RESOLUTION_INTERVAL_MS: '200',
      STATUS_PAGE_URL: 'https://status.example/status',
    });
    loginIncident = await anIncident({
      component: 'login',
      title: { nb: 'Feil ved innlogging med BankID', nn: 'Feil ved innlogging med BankID', en: 'Login with BankID fails' },
    });
    inboxIncident = await anIncident({
      component: 'inbox',
      title: { nb: 'Innboksen viser ikke meldinger' },
      keywords: ['innboks', 'meldingene'],
    });
    [outbound, work] = await Promise.all([pipeline.collect(Topics.OutboundMessage), pipeline.collect(Topics.InquiryWork)]);
    await Promise.all([
      pipeline.start('classifier'),
      pipeline.start('router'),
      pipeline.start('phone-adapter', { CLOCK_STARTS_AT: openClock }),
      pipeline.start('workdesk').then((p) => (workdesk = p)),
    ]);
    supervisor = await login('supervisor', 'supervisor');
  }, 180_000);
  afterAll(() => pipeline.tearDown());

  const email: Inquiry = anInquiry({
    language: 'en',
    from: { name: 'Kari Nordmann', email: 'kari@example.no' },
    subject: 'BankID login',
    body: 'Innloggingen med BankID feiler hele tiden, I cannot log in to the portal at all.',
  });
  const call = callParams();
  const callId = inquiryIdFor('phone', call.CallSid);

  it('tells a caller of the incident before the menu', async () => {
    const incoming = await postWebhook(pipeline.url('phone-adapter', '/voice/incoming'), call);
    expect(incoming.status).toBe(200);
    expect(incoming.body).toMatch(
      /<Say language="nb-NO">Velkommen til brukerstøtten\.<\/Say><Say language="nb-NO">Vi kjenner til problemer i portalen: (Innboksen viser ikke meldinger\. Og: Feil ved innlogging med BankID|Feil ved innlogging med BankID\. Og: Innboksen viser ikke meldinger)\. Du kan følge med på driftsmeldingene på statussiden\.<\/Say><Say language="nb-NO">Gjelder det innlogging, trykk 1/,
    );
  });

  it('links an email about BankID login and a call choosing login, explained among the reasons; tells the emailer once, in English', async () => {
    await pipeline.publisher.publish(Topics.InquiryReceived, [{ key: email.id, value: { inquiry: email } }]);
    const described = await postWebhook(pipeline.url('phone-adapter', '/voice/describe?choice=1'), {
      ...call,
      SpeechResult: 'Jeg får ikke logget inn med BankID',
    });
    expect(described.status).toBe(200);

    for (const id of [email.id, callId]) {
      const { explanation } = await linked(id, loginIncident);
      expect(explanation[0]).toBe(`linked to incident ${loginIncident} "Feil ved innlogging med BankID"`);
      const v = await eventually(async () => {
        const got = await view(id);
        return got.decision ? got : undefined;
      });
      expect(v.decision!.reasons).toEqual(expect.arrayContaining(explanation));
      expect(v.incidents).toEqual([
        {
          noticeId: loginIncident,
          title: { nb: 'Feil ved innlogging med BankID', nn: 'Feil ved innlogging med BankID', en: 'Login with BankID fails' },
          status: 'investigating',
          linkedAt: expect.any(String) as unknown,
          explanation,
          explanationCodes: expect.any(Array) as unknown,
        },
      ]);
      // Why it was linked, as codes line for line (the console says them in the adviser's language), as among the decision's.
      const codes = v.incidents[0].explanationCodes!;
      expect(codes).toHaveLength(explanation.length);
      expect(codes[0]).toEqual({ code: 'incident-linked', params: { noticeId: loginIncident, title: 'Feil ved innlogging med BankID' } });
      expect(v.decision!.reasonCodes).toEqual(expect.arrayContaining(codes));
      expect(v.history.find((h) => h.event === 'linked-to-incident')).toMatchObject({
        actor: 'router',
        details: { noticeId: loginIncident, explanation, told: id === email.id },
      });
    }

    const notice = await eventually(async () => messagesTo(email.id, 'incident-notice')[0], 15_000, 'incident notice');
    expect(notice).toMatchObject({ channel: 'email', language: 'en', sentBy: 'router' });
    expect(notice.body).toContain('"Login with BankID fails"');
    expect(notice.body).toContain(`https://status.example/status#${loginIncident}`);
    // The caller heard it in the menu: no message.
    expect(messagesTo(callId, 'incident-notice')).toEqual([]);

    // A redelivery links nothing twice and tells nothing twice.
    await pipeline.publisher.publish(Topics.InquiryReceived, [{ key: email.id, value: { inquiry: email } }]);
    await pipeline.processedSoFar('classifier', Topics.InquiryReceived);
    await pipeline.processedSoFar('router', Topics.InquiryClassified);
    await new Promise((r) => setTimeout(r, 1000));
    expect(messagesTo(email.id, 'incident-notice')).toHaveLength(1);
    expect((await view(email.id)).history.filter((h) => h.event === 'linked-to-incident')).toHaveLength(1);
  });

  it('shows the link in the adviser’s work list and counts the inquiries on the dashboard', async () => {
    const { token } = await anAdviser(supervisor, { lines: ['first-line', 'second-line'] });
    const claimed = await json<InquiryView>(await post('/api/work/claim', token), 200);
    expect([email.id, callId]).toContain(claimed.inquiry.id);
    expect(claimed.incidents.map((i) => i.noticeId)).toEqual([loginIncident]);
    expect((await post(`/api/inquiries/${claimed.inquiry.id}/accept`, token)).status).toBe(200);
    const mine = await json<{ id: string; incident: { noticeId: string; title: { nb: string } } | null }[]>(
      await api('/api/work/mine', { token }),
      200,
    );
    expect(mine).toEqual([
      expect.objectContaining({
        id: claimed.inquiry.id,
        incident: { noticeId: loginIncident, title: expect.objectContaining({ nb: 'Feil ved innlogging med BankID' }) as unknown },
      }),
    ]);

    const overview = await json<LiveOverview>(await api('/api/live/overview', { token: supervisor }), 200);
    expect(overview.incidents).toContainEqual({
      noticeId: loginIncident,
      title: expect.objectContaining({ nb: 'Feil ved innlogging med BankID' }) as unknown,
      status: 'investigating',
      linked: 2,
      open: 2,
    });

    const list = await json<LinkedInquiryView[]>(await api(`/api/notices/${loginIncident}/inquiries`, { token: supervisor }), 200);
    expect(list.map((l) => l.inquiryId).sort()).toEqual([email.id, callId].sort());
    expect((await api(`/api/notices/${loginIncident}/inquiries`, { token: await login('skd', 'skd') })).status).toBe(403);
  });

  it('answers every linked inquiry at once once the incident is resolved, each in its own channel and language', async () => {
    const text = { nb: 'Innloggingen virker igjen.', en: 'Login works again.' };
    // Not before it is resolved; an adviser may not.
    expect((await post(`/api/notices/${loginIncident}/resolution`, supervisor, { text })).status).toBe(409);
    expect((await post(`/api/notices/${loginIncident}/resolution`, supervisor, { text: { en: 'no bokmål' } })).status).toBe(400);
    expect((await post('/api/notices/DRIFT-99999/resolution', supervisor, { text })).status).toBe(404);
    await resolveIncident(loginIncident);

    const started = await json<IncidentResolutionView>(await post(`/api/notices/${loginIncident}/resolution`, supervisor, { text }), 202);
    expect(started).toMatchObject({ noticeId: loginIncident, total: 2, startedBy: 'supervisor' });
    expect((await post(`/api/notices/${loginIncident}/resolution`, supervisor, { text })).status).toBe(409);

    const finished = await finishedResolution(loginIncident, 20_000, 'resolution finished');
    expect(finished).toMatchObject({ total: 2, answered: 2, finishedAt: expect.any(String) as unknown });

    for (const id of [email.id, callId]) {
      const v = await view(id);
      expect(v.status).toBe('resolved');
      expect(v.history.filter((h) => h.event === 'resolved')).toEqual([
        expect.objectContaining({
          actor: 'supervisor',
          details: expect.objectContaining({ by: 'incident', noticeId: loginIncident }) as unknown,
        }),
      ]);
      const [answer] = await eventually(
        async () => {
          const m = messagesTo(id, 'incident-resolution');
          return m.length > 0 ? m : undefined;
        },
        15_000,
        'resolution message',
      );
      expect(answer.body).toBe(id === email.id ? 'Login works again.' : 'Innloggingen virker igjen.');
      expect(answer.channel).toBe(id === email.id ? 'email' : 'phone');
      await eventually(async () =>
        work.some((r) => r.key === id && (JSON.parse(r.value!) as InquiryWork).type === 'resolved') ? true : undefined,
      );
    }
    for (const queue of ['first-line', 'second-line']) expect(await pipeline.queues.ids(queue)).toEqual([]);
    const rows: { answered_at: Date | null }[] = await pipeline.db.query(`SELECT answered_at FROM incident_links WHERE notice_id = $1`, [
      loginIncident,
    ]);
    expect(rows.every((r) => r.answered_at !== null)).toBe(true);
  });

  it('resumes a resolution a stop left halfway, answering only what was left', async () => {
    const inquiries = [1, 2, 3].map((n) =>
      anInquiry({ subject: 'Innboks', body: `Innboks viser ikke meldingene mine (${n}), hva er galt?`, language: 'nb' }),
    );
    await pipeline.publisher.publish(
      Topics.InquiryReceived,
      inquiries.map((i) => ({ key: i.id, value: { inquiry: i } })),
    );
    for (const i of inquiries) await linked(i.id, inboxIncident);
    await resolveIncident(inboxIncident);

    // The workdesk stops with a resolution a third done: one link answered, the others not.
    await workdesk.stop();
    await pipeline.db.query(
      `INSERT INTO incident_resolutions (notice_id, text, total, answered, started_by) VALUES ($1, '{"nb":"Innboksen virker igjen."}', 3, 1, 'supervisor')`,
      [inboxIncident],
    );
    await pipeline.db.query(`UPDATE incident_links SET answered_at = now() WHERE notice_id = $1 AND inquiry_id = $2`, [
      inboxIncident,
      inquiries[0].id,
    ]);

    workdesk = await pipeline.start('workdesk');
    supervisor = await login('supervisor', 'supervisor');
    const finished = await finishedResolution(inboxIncident, 30_000, 'resumed resolution finished');
    expect(finished).toMatchObject({ total: 3, answered: 3 });
    expect((await view(inquiries[0].id)).status).not.toBe('resolved');
    for (const i of inquiries.slice(1)) {
      expect((await view(i.id)).status).toBe('resolved');
      await eventually(async () => (messagesTo(i.id, 'incident-resolution').length === 1 ? true : undefined), 15_000, 'resolution message');
    }
    expect(messagesTo(inquiries[0].id, 'incident-resolution')).toEqual([]);
  });
});
