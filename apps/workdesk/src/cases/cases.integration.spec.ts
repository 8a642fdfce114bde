// Integration: real Kafka broker, Postgres (test database) and Redis; workdesk, router and
// email-adapter run as real processes; a local SMTP server stands in for the outbound relay and
// records every mail the reporter would get.
import { randomUUID } from 'node:crypto';
import { CaseReminder, CaseStatusChanged, Inquiry, OutboundMessage, Topics } from '@inquiry-router/contracts';
import type { ProblemDocument } from '@inquiry-router/runtime';
import {
  aClassified,
  anInquiry,
  eventually,
  freshId,
  mailThrough,
  pipelineApi,
  RecordingRelay,
  TestPipeline,
} from '@inquiry-router/testing';
import type { CaseDetailView, CaseView } from './case.view';

const ReminderDays = 0.00005; // 4.3 s
const ReminderMs = ReminderDays * 86_400_000;

describe('service desk cases', () => {
  const pipeline = new TestPipeline();
  const relay = new RecordingRelay();
  let statusEvents: { value: string | null }[];
  let reminderEvents: { value: string | null }[];
  let outboundDeadLetters: { value: string | null; headers: Record<string, string> }[];
  let adviser: string;
  let supervisor: string;

  const { api, json, login } = pipelineApi(pipeline);
  const mailsTo = (address: string) => relay.to(address);
  const nthMail = (address: string, n: number) =>
    eventually(async () => mailsTo(address)[n - 1], 30_000, `mail ${n} to the reporter`).then((m) => ({
      subject: m.mail.subject ?? '',
      text: m.mail.text ?? '',
      headers: m.mail.headers,
    }));

  /** A servicedesk inquiry by email through the router; resolves with its case once registered. */
  async function aCase(overrides: Partial<Inquiry> = {}): Promise<{ inquiry: Inquiry; caseId: string; email: string }> {
    const email = `${freshId('reporter')}@example.no`;
    const inquiry = anInquiry({
      from: { name: 'Kari Nordmann', email },
      to: 'servicedesk@altinn.example',
      subject: 'API-feil',
      body: 'Hei, vi får feilkode 500 fra API-et ved innsending.',
      ...overrides,
    });
    const classified = aClassified('servicedesk', inquiry);
    classified.decision.caseType = 'feil';
    await pipeline.publisher.publish(Topics.InquiryClassified, [{ key: inquiry.id, value: classified }]);
    const caseId = await eventually(
      async () => {
        const res = await api(`/api/cases?inquiry=${inquiry.id}`, { token: adviser });
        const list = (await res.json()) as CaseView[];
        return list[0]?.id;
      },
      30_000,
      'the case registered',
    );
    return { inquiry, caseId, email };
  }

  const changeStatus = (caseId: string, status: string, note?: string, token = adviser) =>
    api(`/api/cases/${caseId}/status`, { method: 'POST', token, body: { status, ...(note && { note }) } });

  beforeAll(async () => {
    await pipeline.setUp({
      ...(await mailThrough(relay)),
      CASE_REMINDER_DAYS: String(ReminderDays),
      CASE_REMINDER_CHECK_INTERVAL_MS: '250',
    });
    statusEvents = await pipeline.collect(Topics.CaseStatusChanged);
    reminderEvents = await pipeline.collect(Topics.CaseReminder);
    outboundDeadLetters = await pipeline.collect(Topics.OutboundMessage, { deadLetters: true });
    await Promise.all([pipeline.start('workdesk'), pipeline.start('router'), pipeline.start('email-adapter')]);
    adviser = await login('adviser');
    supervisor = await login('supervisor');
  }, 120_000);
  afterAll(async () => {
    await pipeline.tearDown();
    await relay.close();
  });

  it('follows a case through its whole lifecycle, telling the reporter by email at every step', async () => {
    const { inquiry, caseId, email } = await aCase();
    expect(caseId).toMatch(/^SD-[0-9]{5,}$/);

    const registered = await nthMail(email, 1);
    expect(registered.subject).toBe(`Saken din ${caseId} (feilmelding) [${inquiry.id}]`);
    expect(registered.text).toContain('Vi har registrert saken din.');
    expect(registered.headers.get('from')).toMatchObject({ value: [{ address: 'servicedesk@altinn.example' }] });
    expect(registered.headers.get('in-reply-to')).toBe(`<${inquiry.id}@inquiry-router>`);

    const steps: { status: string; note?: string; says: string }[] = [
      { status: 'in-progress', says: 'Vi arbeider med saken din.' },
      { status: 'waiting-supplier', says: 'Vi venter på svar fra en leverandør' },
      { status: 'in-progress', says: 'Vi arbeider med saken din.' },
      { status: 'waiting-reporter', note: 'Send oss korrelasjons-ID-en fra feilmeldingen.', says: 'Vi trenger mer informasjon fra deg' },
      { status: 'in-progress', says: 'Vi arbeider med saken din.' },
      { status: 'resolved', note: 'Feilen er rettet hos leverandøren.', says: 'Saken din er løst.' },
      { status: 'closed', says: 'Saken din er avsluttet.' },
    ];
    for (const [i, step] of steps.entries()) {
      expect((await json<CaseView>(await changeStatus(caseId, step.status, step.note), 200)).status).toBe(step.status);
      const mail = await nthMail(email, i + 2);
      expect(mail.text).toContain(step.says);
      if (step.note) expect(mail.text).toContain(step.note);
    }
    expect(mailsTo(email)).toHaveLength(steps.length + 1);

    const detail = (await (await api(`/api/cases/${caseId}`, { token: supervisor })).json()) as CaseDetailView;
    expect(detail.status).toBe('closed');
    expect(detail.owner).toBe('adviser'); // the adviser who took it up
    expect(detail.history.map((h) => h.details.to)).toEqual(['registered', ...steps.map((s) => s.status)]);

    const events = await eventually(
      async () => {
        const mine = statusEvents.map((r) => JSON.parse(r.value!) as CaseStatusChanged).filter((e) => e.caseId === caseId);
        return mine.length === steps.length + 1 ? mine : undefined;
      },
      20_000,
      'every status change on Kafka',
    );
    expect(events.map((e) => [e.from, e.to])).toEqual([
      [null, 'registered'],
      ...steps.map((s, i) => [i === 0 ? 'registered' : steps[i - 1].status, s.status]),
    ]);

    // Each mail sent is a history row on the inquiry, once.
    const sent = await eventually(
      async () => {
        const rows: { n: string }[] = await pipeline.db.query(
          `SELECT count(*) AS n FROM inquiry_history WHERE inquiry_id = $1 AND event = 'message-sent'`,
          [inquiry.id],
        );
        return Number(rows[0].n) === steps.length + 1 ? Number(rows[0].n) : undefined;
      },
      20_000,
      'a history row per mail',
    );
    expect(sent).toBe(steps.length + 1);
  }, 120_000);

  it('refuses a change the lifecycle does not allow with 409 and the reason, and unknown cases with 404', async () => {
    const { caseId } = await aCase();
    expect((await json<ProblemDocument>(await changeStatus(caseId, 'resolved'), 409)).message).toContain(
      'a registered case can go to in-progress, not resolved',
    );
    expect((await changeStatus(caseId, 'in-progress')).status).toBe(200);
    expect((await changeStatus(caseId, 'closed')).status).toBe(409);
    expect((await changeStatus(caseId, 'in-progress')).status).toBe(409);
    expect((await changeStatus(caseId, 'done')).status).toBe(400);
    expect((await changeStatus('SD-99999999', 'in-progress')).status).toBe(404);
    expect((await api(`/api/cases/nope`, { token: adviser })).status).toBe(404);
    expect((await api(`/api/cases`, {})).status).toBe(401);
    const detail = (await (await api(`/api/cases/${caseId}`, { token: adviser })).json()) as CaseDetailView;
    expect(detail.status).toBe('in-progress');
  }, 60_000);

  it('reopens a resolved case when the reporter replies, and tells them', async () => {
    const { inquiry, caseId, email } = await aCase();
    await nthMail(email, 1);
    expect((await changeStatus(caseId, 'in-progress')).status).toBe(200);
    expect((await changeStatus(caseId, 'resolved')).status).toBe(200);
    await nthMail(email, 3);

    const reply = anInquiry({
      from: { email },
      to: 'servicedesk@altinn.example',
      subject: `Re: Saken din ${caseId} [${inquiry.id}]`,
      body: 'Det virker fortsatt ikke, samme feil.',
      threadRef: inquiry.id,
    });
    await pipeline.publisher.publish(Topics.InquiryClassified, [{ key: reply.id, value: aClassified('first-line', reply) }]);

    const reopened = await nthMail(email, 4);
    expect(reopened.text).toContain('Vi har fått svaret ditt og åpnet saken igjen. Vi arbeider med saken din.');
    const detail = (await (await api(`/api/cases/${caseId}`, { token: adviser })).json()) as CaseDetailView;
    expect(detail.status).toBe('in-progress');
    expect(detail.history.find((h) => h.event === 'case-reply-received')?.details.replyInquiryId).toBe(reply.id);
    expect(detail.history.at(-1)).toMatchObject({
      event: 'case-status-changed',
      actor: 'workdesk',
      details: { from: 'resolved', to: 'in-progress', replyInquiryId: reply.id },
    });

    // Redelivered, the reply changes nothing more. Once the workdesk has handled it, a status change
    // is the marker: its mail is sent after any the redelivery would have caused, and once the
    // email adapter has handled every message so far, all of them are at the relay.
    await pipeline.publisher.publish(Topics.InquiryClassified, [{ key: reply.id, value: aClassified('first-line', reply) }]);
    await pipeline.processedSoFar('workdesk-cases', Topics.InquiryClassified);
    expect((await changeStatus(caseId, 'waiting-reporter', 'Send oss et skjermbilde.')).status).toBe(200);
    expect((await nthMail(email, 5)).text).toContain('Send oss et skjermbilde.');
    await pipeline.processedSoFar('email-adapter-outbound', Topics.OutboundMessage);
    expect(mailsTo(email)).toHaveLength(5);
  }, 90_000);

  it("reminds a case's owner when it has had no update for the configured period, once per period", async () => {
    const { caseId } = await aCase();
    const start = Date.now();
    const owner = await api(`/api/cases/${caseId}/owner`, { method: 'PUT', token: supervisor, body: { owner: 'adviser' } });
    expect(owner.status).toBe(200);
    const ownedAt = Date.now();
    expect((await api(`/api/cases/${caseId}/owner`, { method: 'PUT', token: supervisor, body: { owner: 'nobody-here' } })).status).toBe(
      422,
    );

    const remindersOf = () => reminderEvents.map((r) => JSON.parse(r.value!) as CaseReminder).filter((e) => e.caseId === caseId);
    const first = await eventually(async () => remindersOf()[0], 20_000, 'the first reminder');
    expect(first).toMatchObject({ owner: 'adviser', status: 'registered' });
    expect(Date.parse(first.remindedAt) - ownedAt).toBeGreaterThanOrEqual(ReminderMs - 1000);
    // Again after the period, not within it (the check runs every 250 ms).
    const second = await eventually(async () => remindersOf()[1], ReminderMs * 3, 'the second reminder');
    expect(Date.parse(second.remindedAt) - Date.parse(first.remindedAt)).toBeGreaterThanOrEqual(ReminderMs - 1000);
    expect(Date.now() - start).toBeGreaterThanOrEqual(ReminderMs * 2 - 1000);

    // An update starts the period over.
    expect((await changeStatus(caseId, 'in-progress')).status).toBe(200);
    const changedAt = Date.now();
    await eventually(async () => (remindersOf().length === 3 ? true : undefined), ReminderMs * 3, 'a reminder after the update');
    expect(Date.parse(remindersOf()[2].remindedAt) - changedAt).toBeGreaterThanOrEqual(ReminderMs - 1000);
    const rows: { n: string }[] = await pipeline.db.query(
      `SELECT count(*) AS n FROM inquiry_history WHERE event = 'case-reminder' AND details->>'caseId' = $1`,
      [caseId],
    );
    expect(Number(rows[0].n)).toBeGreaterThanOrEqual(3);
  }, 90_000);

  it('records in the history a message to an inquirer with no address, instead of dead-lettering what nothing can fix', async () => {
    const inquiry = anInquiry({ channel: 'email', from: { name: 'Uten adresse' } });
    await pipeline.publisher.publish(Topics.InquiryClassified, [{ key: inquiry.id, value: aClassified('first-line', inquiry) }]);
    await eventually(
      async () => ((await pipeline.db.query<unknown[]>(`SELECT 1 FROM inquiries WHERE id = $1`, [inquiry.id])).length ? true : undefined),
      30_000,
      'the inquiry recorded',
    );
    const message: OutboundMessage = {
      messageId: randomUUID(),
      inquiryId: inquiry.id,
      channel: 'email',
      purpose: 'answer',
      language: 'nb',
      body: 'Svar',
      sentBy: 'adviser',
      createdAt: new Date().toISOString(),
    };
    await pipeline.publisher.publish(Topics.OutboundMessage, [{ key: inquiry.id, value: message }]);
    const [undeliverable] = await eventually(
      async () => {
        const rows = await pipeline.db.query<{ actor: string; details: Record<string, unknown> }[]>(
          `SELECT actor, details FROM inquiry_history WHERE inquiry_id = $1 AND event = 'message-undeliverable'`,
          [inquiry.id],
        );
        return rows.length ? rows : undefined;
      },
      30_000,
      'the history row',
    );
    expect(undeliverable).toMatchObject({
      actor: 'adviser',
      details: { messageId: message.messageId, purpose: 'answer', reason: 'the inquiry has no email address to write to' },
    });
    // Redelivered, it is recorded once; and nothing is dead-lettered.
    await pipeline.publisher.publish(Topics.OutboundMessage, [{ key: inquiry.id, value: message }]);
    await pipeline.processedSoFar('email-adapter-outbound', Topics.OutboundMessage);
    const rows = await pipeline.db.query<unknown[]>(
      `SELECT 1 FROM inquiry_history WHERE inquiry_id = $1 AND event = 'message-undeliverable'`,
      [inquiry.id],
    );
    expect(rows).toHaveLength(1);
    expect(outboundDeadLetters.filter((d) => d.value?.includes(message.messageId))).toEqual([]);
  }, 60_000);
});
