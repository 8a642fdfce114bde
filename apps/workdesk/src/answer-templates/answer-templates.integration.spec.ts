// Integration: real Kafka broker (the answer's outbound message), Postgres (the test database:
// templates, their uses, the inquiry) and Redis (the live queues); the workdesk runs as a real
// process and every request goes over HTTP with real tokens. Waiting work is seeded through the
// repositories and live queues, as the router would; each run's templates carry a marker word.
import { randomBytes, randomUUID } from 'node:crypto';
import { OutboundMessage, Topics, type AnswerTemplateView, type FilledAnswerTemplateView } from '@inquiry-router/contracts';
import { eventually, pipelineApi, ReadRecord, seedWaiting, TestPipeline } from '@inquiry-router/testing';
import type { InquiryView } from '../inquiries/inquiry.view';

const HelpPage = 'https://info.altinn.example/hjelp/innlogging/';

describe('saved answers: editors keep templates, advisers answer with them', () => {
  const pipeline = new TestPipeline();
  const { api, json, login, post, anAdviser } = pipelineApi(pipeline);
  const tokens = { editor: '', supervisor: '', adviser: '' };
  let outbound: ReadRecord[];
  let adviser = '';
  const marker = `mal${randomBytes(4).toString('hex')}`;

  const put = (path: string, token: string, body: unknown) => api(path, { method: 'PUT', token, body });
  const aTemplate = async (fields: Record<string, unknown>) =>
    json<AnswerTemplateView>(
      await post('/api/answer-templates', tokens.editor, { ...fields, title: `${marker} ${String(fields.title)}` }),
      201,
    );
  const usesOf = (inquiryId: string) =>
    pipeline.db.query<{ template_id: string; used_by: string }[]>(
      `SELECT template_id, used_by FROM answer_template_uses WHERE inquiry_id = $1`,
      [inquiryId],
    );
  const problemOf = async (response: Response, status: number) => {
    expect(response.status).toBe(status);
    return JSON.stringify(await response.json());
  };

  beforeAll(async () => {
    await pipeline.setUp();
    outbound = await pipeline.collect(Topics.OutboundMessage);
    // No overflow check while the test runs: it would move waiting inquiries between queues.
    await pipeline.start('workdesk', { OVERFLOW_CHECK_SECONDS: '3600' });
    [tokens.editor, tokens.supervisor] = await Promise.all(['editor', 'supervisor'].map((u) => login(u)));
    ({ username: adviser, token: tokens.adviser } = await anAdviser(tokens.supervisor, { lines: ['first-line'] }));
  }, 120_000);
  afterAll(() => pipeline.tearDown());

  it('lets editors keep templates, refusing an unknown placeholder with the reason; advisers may only read them', async () => {
    const unknown = await post('/api/answer-templates', tokens.editor, { title: 'Feil', language: 'nb', body: 'Hei {navn}' });
    expect(await problemOf(unknown, 400)).toContain('unknown placeholder {navn}');
    const noPage = await post('/api/answer-templates', tokens.editor, { title: 'Feil', language: 'nb', body: 'Se {helpPage}' });
    expect(await problemOf(noPage, 400)).toContain('links to no help page');
    expect((await post('/api/answer-templates', tokens.editor, { title: 'Feil', language: 'xx', body: 'Hei' })).status).toBe(400);
    expect((await post('/api/answer-templates', tokens.adviser, { title: 'Mitt', language: 'nb', body: 'Hei' })).status).toBe(403);

    const made = await aTemplate({ title: 'Utkast', language: 'nb', body: 'Hei {name}', category: 'inbox' });
    expect(made).toMatchObject({
      language: 'nb',
      category: 'inbox',
      helpPageUrl: null,
      placeholders: ['name'],
      createdBy: 'editor',
      retiredAt: null,
    });
    const changed = await json<AnswerTemplateView>(
      await put(`/api/answer-templates/${made.id}`, tokens.editor, {
        title: `${marker} Innboks`,
        language: 'nn',
        body: 'Hei {name}, sjå {helpPage}',
        category: 'inbox',
        helpPageUrl: HelpPage,
      }),
      200,
    );
    expect(changed).toMatchObject({ language: 'nn', helpPageUrl: HelpPage, placeholders: ['name', 'helpPage'], updatedBy: 'editor' });
    const retired = await json<AnswerTemplateView>(await post(`/api/answer-templates/${made.id}/retire`, tokens.editor), 200);
    expect(retired.retiredAt).not.toBeNull();
    expect((await put(`/api/answer-templates/${made.id}`, tokens.editor, { title: 'x', language: 'nb', body: 'Hei' })).status).toBe(409);
    expect((await post(`/api/answer-templates/${randomUUID()}/retire`, tokens.editor)).status).toBe(404);

    const inForce = await json<AnswerTemplateView[]>(await api('/api/answer-templates?language=nn', { token: tokens.adviser }), 200);
    expect(inForce.map((t) => t.id)).not.toContain(made.id);
    const all = await json<AnswerTemplateView[]>(await api('/api/answer-templates?includeRetired=true', { token: tokens.editor }), 200);
    expect(all.find((t) => t.id === made.id)?.retiredAt).toBe(retired.retiredAt);
  });

  it('offers an inquiry its own language and category first, fills the template for it, and records the use with the answer', async () => {
    const login = await aTemplate({
      title: 'Innlogging',
      language: 'nb',
      category: 'login',
      helpPageUrl: HelpPage,
      body: 'Hei {name}!\n\nPrøv igjen med BankID, se {helpPage}.\n\nHilsen {adviser}, brukerservice ({reference})',
    });
    const english = await aTemplate({ title: 'Login', language: 'en', category: 'login', body: 'Hello {name}' });
    const inbox = await aTemplate({ title: 'Innboks', language: 'nb', category: 'inbox', body: 'Hei {name}, se innboksen.' });
    const gone = await aTemplate({ title: 'Gammel', language: 'nb', body: 'Hei {name}' });
    await post(`/api/answer-templates/${gone.id}/retire`, tokens.editor);

    // Older than anything else waiting, so the adviser's claim takes it; Kari wrote about login, in bokmål.
    const [seeded] = await seedWaiting(pipeline.db, pipeline.queues, [
      { queue: 'first-line', language: 'nb', receivedAt: new Date(Date.now() - 30 * 86_400_000) },
    ]);
    const id = seeded.id;
    await pipeline.db.query(`UPDATE inquiries SET sender = jsonb_set(sender, '{name}', '"Kari Nordmann"') WHERE id = $1`, [id]);
    await pipeline.db.query(`UPDATE routing_decisions SET category = 'login' WHERE inquiry_id = $1`, [id]);
    const claimed = await json<InquiryView>(await post('/api/work/claim', tokens.adviser), 200);
    expect(claimed.inquiry.id).toBe(id);
    expect((await post(`/api/inquiries/${id}/accept`, tokens.adviser)).status).toBe(200);

    const offered = await json<AnswerTemplateView[]>(await api(`/api/inquiries/${id}/answer-templates`, { token: tokens.adviser }), 200);
    const mine = offered.filter((t) => t.title.startsWith(marker)).map((t) => t.id);
    expect(mine).toEqual([login.id, inbox.id, english.id]);

    const filled = await json<FilledAnswerTemplateView>(
      await api(`/api/inquiries/${id}/answer-templates/${login.id}`, { token: tokens.adviser }),
      200,
    );
    expect(filled).toEqual({
      templateId: login.id,
      inquiryId: id,
      text: `Hei Kari Nordmann!\n\nPrøv igjen med BankID, se ${HelpPage}.\n\nHilsen ${adviser}, brukerservice (${id})`,
      missing: [],
    });
    expect((await api(`/api/inquiries/${id}/answer-templates/${gone.id}`, { token: tokens.adviser })).status).toBe(422);
    expect((await api(`/api/inquiries/${id}/answer-templates/${randomUUID()}`, { token: tokens.adviser })).status).toBe(404);

    // Refused, each with its reason, and nothing recorded: an unknown template, a retired one, a placeholder left unfilled.
    const unknownId = randomUUID();
    const unknown = await post(`/api/inquiries/${id}/answer`, tokens.adviser, { text: filled.text, templateId: unknownId });
    expect(await problemOf(unknown, 422)).toContain(`no answer template ${unknownId}`);
    const retired = await post(`/api/inquiries/${id}/answer`, tokens.adviser, { text: filled.text, templateId: gone.id });
    expect(await problemOf(retired, 422)).toContain('is retired');
    const unfilled = await post(`/api/inquiries/${id}/answer`, tokens.adviser, { text: 'Hei {name}!', templateId: login.id });
    expect(await problemOf(unfilled, 400)).toContain('{name} unfilled');
    expect((await post(`/api/inquiries/${id}/answer`, tokens.adviser, { text: 'Hei', templateId: 'not-a-uuid' })).status).toBe(400);
    expect(await usesOf(id)).toEqual([]);

    // The adviser adds a line to the filled template and sends it: the text sent is theirs, the use recorded.
    const text = `${filled.text}\n\nPS: Husk å oppdatere nettleseren.`;
    const answered = await json<InquiryView>(
      await post(`/api/inquiries/${id}/answer`, tokens.adviser, { text, templateId: login.id }),
      200,
    );
    expect(answered.status).toBe('resolved');
    expect(await usesOf(id)).toEqual([{ template_id: login.id, used_by: adviser }]);
    const sent = await eventually(
      async () => outbound.map((r) => JSON.parse(r.value!) as OutboundMessage).find((m) => m.inquiryId === id),
      20_000,
      `the answer to ${id} on ${Topics.OutboundMessage}`,
    );
    expect(sent).toMatchObject({ purpose: 'answer', language: 'nb', body: text, sentBy: adviser });
  }, 60_000);

  it('leaves a placeholder without a value in the filled text and says why', async () => {
    const template = await aTemplate({ title: 'Uten navn', language: 'nb', body: 'Hei {name}, gjelder {reference}.' });
    const [seeded] = await seedWaiting(pipeline.db, pipeline.queues, [{ queue: 'second-line', language: 'nb' }]);
    await pipeline.db.query(`UPDATE inquiries SET sender = sender - 'name' WHERE id = $1`, [seeded.id]);
    const filled = await json<FilledAnswerTemplateView>(
      await api(`/api/inquiries/${seeded.id}/answer-templates/${template.id}`, { token: tokens.adviser }),
      200,
    );
    expect(filled.text).toBe(`Hei {name}, gjelder ${seeded.id}.`);
    expect(filled.missing).toEqual([{ placeholder: 'name', reason: 'the inquirer gave no name' }]);
  });
});
