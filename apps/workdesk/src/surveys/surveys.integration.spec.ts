// Integration: real Kafka broker, Postgres (test database) and Redis; workdesk, router and
// email-adapter run as real processes; a local SMTP server stands in for the outbound relay and
// records every mail the inquirers get. Inquiries come in as the classifier publishes them.
import { Inquiry, Topics, type SatisfactionReportView, type SurveyCommentsView } from '@inquiry-router/contracts';
import { surveyToken } from '@inquiry-router/surveys';
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
import type { InquiryView } from '../inquiries/inquiry.view';

const secret = 'a-survey-token-secret-for-the-integration-test';

interface SurveyRow {
  sent_at: Date | null;
  not_sent_reason: string | null;
  score: number | null;
  comment: string | null;
  answer_via: string | null;
}

describe('satisfaction surveys', () => {
  const pipeline = new TestPipeline();
  const relay = new RecordingRelay();
  const { api, post, json, login, anAdviser } = pipelineApi(pipeline);
  const startedAt = new Date(Date.now() - 60_000);
  let adviser: string;
  let supervisor: string;

  const surveyOf = async (inquiryId: string): Promise<SurveyRow | undefined> => {
    const rows = await pipeline.db.query<SurveyRow[]>(
      `SELECT sent_at, not_sent_reason, score, comment, answer_via FROM surveys WHERE inquiry_id = $1`,
      [inquiryId],
    );
    return rows[0];
  };
  const considered = (inquiryId: string) => eventually(() => surveyOf(inquiryId), 30_000, `the survey of ${inquiryId} considered`);
  const surveyMails = (email: string) =>
    relay.to(email).filter((m) => (m.mail.subject ?? '').startsWith('Hvor fornøyd er du med hjelpen?'));

  /** An inquiry by email as the classifier publishes it, recorded and queued by the router. */
  async function arrives(overrides: Partial<Inquiry>): Promise<Inquiry> {
    const inquiry = anInquiry({ language: 'nb', ...overrides });
    await pipeline.publisher.publish(Topics.InquiryClassified, [{ key: inquiry.id, value: aClassified('first-line', inquiry) }]);
    return inquiry;
  }

  /** The adviser claims the inquiry waiting (the only one), accepts it and answers it, resolving it. */
  async function resolves(inquiryId: string): Promise<void> {
    await eventually(async () => ((await pipeline.queues.ids('first-line')).includes(inquiryId) ? true : undefined), 30_000, 'queued');
    const claimed = await json<InquiryView>(await post('/api/queues/first-line/claim', adviser), 200);
    expect(claimed.inquiry.id).toBe(inquiryId);
    await json(await post(`/api/inquiries/${inquiryId}/accept`, adviser), 200);
    await json(await post(`/api/inquiries/${inquiryId}/answer`, adviser, { text: 'Prøv BankID på nytt.', resolve: true }), 200);
  }

  const tokenIn = (text: string) => /\/survey\?token=([A-Za-z0-9._-]+)/.exec(text)?.[1];
  const answer = (body: unknown) =>
    fetch(pipeline.url('workdesk', '/survey'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    await pipeline.setUp({
      ...(await mailThrough(relay)),
      SURVEY_TOKEN_SECRET: secret,
      SURVEY_CHECK_INTERVAL_MS: '300',
    });
    await Promise.all([pipeline.start('workdesk'), pipeline.start('router'), pipeline.start('email-adapter')]);
    supervisor = await login('supervisor');
    ({ token: adviser } = await anAdviser(supervisor, { lines: ['first-line'] }));
  }, 120_000);
  afterAll(async () => {
    await pipeline.tearDown();
    await relay.close();
  });

  it('asks once after resolve, in the channel with a signed link, records the answer by link, and shows it per queue', async () => {
    const email = `${freshId('kari')}@example.no`;
    const first = await arrives({ from: { name: 'Kari Nordmann', email } });
    await resolves(first.id);

    expect(await considered(first.id)).toMatchObject({ not_sent_reason: null, score: null });
    const [mail] = await eventually(async () => (surveyMails(email).length ? surveyMails(email) : undefined), 30_000, 'the survey mail');
    expect(mail.mail.subject).toContain(`[${first.id}]`);
    expect(mail.mail.text).toContain(`Henvendelsen din (${first.id}) er besvart`);
    const token = tokenIn(mail.mail.text ?? '')!;
    expect(token).toBeDefined();

    // The link opens the form; bad and expired tokens are refused.
    const page = await fetch(pipeline.url('workdesk', `/survey?token=${token}`));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('name="score"');
    const [surveyId] = token.split('.');
    const forged = `${surveyId}.${token.split('.')[1]}.${'A'.repeat(43)}`;
    expect((await fetch(pipeline.url('workdesk', `/survey?token=${forged}`))).status).toBe(404);
    expect((await answer({ token: forged, score: 5 })).status).toBe(404);
    const expired = surveyToken(secret, surveyId, new Date(Date.now() - 1000));
    expect((await answer({ token: expired, score: 5 })).status).toBe(410);
    const refused = await answer({ token, score: 6 });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    // A browser gets a refusal as a page in its language: a link a mail client broke, a form sent without a score.
    const browser = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', 'accept-language': 'nn-NO,nn;q=0.9,en;q=0.5' };
    const broken = await fetch(pipeline.url('workdesk', `/survey?token=${token}%3E`), { headers: browser });
    const unscored = await fetch(pipeline.url('workdesk', '/survey'), {
      method: 'POST',
      headers: { ...browser, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token, comment: '' }).toString(),
    });
    for (const [res, reason] of [
      [broken, 'token must be the token of a survey link'],
      [unscored, 'score must be a whole number from 1 to 5'],
    ] as const) {
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await res.text();
      expect(html).toContain('<html lang="nn">');
      expect(html).toContain(`<li lang="en">${reason}</li>`);
    }
    expect((await answer({ token, score: 4, comment: 'x'.repeat(1001) })).status).toBe(400);

    expect((await answer({ token, score: 4, comment: 'Raskt svar. Ring meg gjerne på 91234567.' })).status).toBe(200);
    // The first answer stands.
    expect((await answer({ token, score: 1 })).status).toBe(409);
    expect(await surveyOf(first.id)).toMatchObject({ score: 4, answer_via: 'link', comment: 'Raskt svar. Ring meg gjerne på 91234567.' });

    // The same person again within 30 days: not asked.
    const second = await arrives({ from: { name: 'Kari Nordmann', email }, body: 'Hvor finner jeg skattemeldingen?' });
    await resolves(second.id);
    expect(await considered(second.id)).toMatchObject({ sent_at: null, not_sent_reason: 'asked-recently' });
    // A reply reopens the first conversation; resolved again, it is not asked twice.
    const reopened = await arrives({ from: { name: 'Kari Nordmann', email }, threadRef: first.id, body: 'Det virker fortsatt ikke.' });
    await resolves(reopened.id);
    expect(await considered(reopened.id)).toMatchObject({ sent_at: null, not_sent_reason: 'already-asked' });
    expect(surveyMails(email)).toHaveLength(1);

    const to = new Date(Date.now() + 60_000).toISOString();
    const report = await json<SatisfactionReportView>(
      await api(`/api/satisfaction?from=${startedAt.toISOString()}&to=${to}`, { token: supervisor }),
      200,
    );
    const firstLine = report.byQueue.find((q) => q.key === 'first-line')!;
    expect(firstLine.answers).toBeGreaterThanOrEqual(1);
    expect(firstLine.surveysSent).toBeGreaterThanOrEqual(firstLine.answers);
    const comments = await json<SurveyCommentsView>(
      await api(`/api/satisfaction/comments?from=${startedAt.toISOString()}&to=${to}`, { token: supervisor }),
      200,
    );
    expect(comments.items.find((c) => c.inquiryId === first.id)).toMatchObject({
      score: 4,
      comment: 'Raskt svar. Ring meg gjerne på ***67.',
    });
    expect((await api(`/api/satisfaction`, { token: adviser })).status).toBe(403);
    expect((await api(`/api/satisfaction?from=${to}&to=${startedAt.toISOString()}`, { token: supervisor })).status).toBe(400);
  }, 120_000);

  it('takes a reply that starts with a score as the answer, not as new work', async () => {
    const email = `${freshId('ola')}@example.no`;
    const inquiry = await arrives({ from: { name: 'Ola Nordmann', email } });
    await resolves(inquiry.id);
    await eventually(async () => (surveyMails(email).length ? true : undefined), 30_000, 'the survey mail');
    const deadLetters = await pipeline.collect(Topics.InquiryClassified, { deadLetters: true });

    const reply = await arrives({
      from: { name: 'Ola Nordmann', email },
      threadRef: inquiry.id,
      body: '5 Takk for god hjelp!\n\n> Hvor fornøyd er du?',
    });
    await eventually(async () => ((await surveyOf(inquiry.id))?.answer_via ? true : undefined), 30_000, 'the answer by reply');
    expect(await surveyOf(inquiry.id)).toMatchObject({ score: 5, comment: 'Takk for god hjelp!', answer_via: 'reply' });
    expect(await pipeline.db.query(`SELECT id FROM inquiries WHERE id = $1`, [reply.id])).toEqual([]);
    // The service desk's case registration, which waits for what the router records, lets it go too.
    await pipeline.processedSoFar('workdesk-cases', Topics.InquiryClassified, 20_000);
    expect(deadLetters).toEqual([]);
  }, 60_000);

  it('sends nothing to an automatic sender', async () => {
    const inquiry = await arrives({ from: { name: 'Varsling', email: `noreply@${freshId('system')}.example.no` } });
    await resolves(inquiry.id);
    expect(await considered(inquiry.id)).toMatchObject({ sent_at: null, not_sent_reason: 'automatic-sender' });
    // The answer went out; no survey follows it.
    await eventually(async () => (relay.to(inquiry.from.email!).length ? true : undefined), 30_000, 'the answer mail');
    expect(surveyMails(inquiry.from.email!)).toEqual([]);
  }, 60_000);
});
