// Integration: the workdesk runs as a real process on a Postgres database of this file's own (the
// report covers every contact of a period, so other files' inquiries must not enter it) and the
// shared Redis; requests go over HTTP with real tokens. A history with a known structure — three
// categories, two question themes in each written in many ways, noise, some follow-ups — is
// written into the tables the workdesk reads; the report must find the themes again, match them
// to the catalogue's pages and report the one without a page as a gap; a mark shows the volume of
// its cluster before and after; answers made from saved answers show on their theme's cluster.
import { randomUUID } from 'node:crypto';
import type {
  AnswerTemplateView,
  HelpInsightsReportView,
  HelpPageMarkView,
  HelpPageView,
  QuestionClusterView,
} from '@inquiry-router/contracts';
import { freshId, pipelineApi, TestPipeline } from '@inquiry-router/testing';
import { noiseQuestion, pagesFor, questionOf, recordContacts, seeded, themes, type GeneratedContact } from './testing/question-history';

const DayMs = 24 * 60 * 60 * 1000;
// A period long past, so nothing of the present enters it: four full ISO weeks of March 2021 (Oslo time).
const periodFrom = new Date('2021-03-01T00:00:00+01:00');
const periodTo = new Date('2021-03-29T00:00:00+02:00');
// The mark: the BankID page changed on 3 May 2021; 28 days either side.
const markedAt = new Date('2021-05-03T08:00:00Z');

describe('help-page insights: clusters found in a known history, gaps, marks before and after', () => {
  const pipeline = new TestPipeline({ privateDatabase: 'help_insights' });
  const { api, json, post } = pipelineApi(pipeline);
  const tokens = { editor: '', supervisor: '', adviser: '' };
  const random = seeded(16);
  const contacts: GeneratedContact[] = [];
  const pages = new Map<string, HelpPageView>();

  const contact = (category: string, theme: string | null, text: string, receivedAt: Date, extra: Partial<GeneratedContact> = {}) => {
    const id = freshId('hi');
    const generated: GeneratedContact = {
      id,
      category,
      theme,
      text,
      receivedAt,
      resolved: random() < 0.8,
      handleMinutes: 5 + Math.floor(random() * 20),
      inquirerId: null,
      threadId: id,
      ...extra,
    };
    contacts.push(generated);
    return generated;
  };
  const report = async (from: Date, to: Date) =>
    json<HelpInsightsReportView>(
      await api(`/api/help-insights/report?from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`, {
        token: tokens.supervisor,
      }),
      200,
    );

  beforeAll(async () => {
    await pipeline.setUp();
    await pipeline.start('workdesk', { OVERFLOW_CHECK_SECONDS: '3600' });
    const { login } = pipelineApi(pipeline);
    [tokens.editor, tokens.supervisor, tokens.adviser] = await Promise.all(['editor', 'supervisor', 'adviser'].map((u) => login(u)));

    // The period: 60–90 questions of each theme, spread over the four weeks, and noise in each category.
    const span = periodTo.getTime() - periodFrom.getTime();
    for (const theme of themes) {
      const count = 60 + Math.floor(random() * 30);
      for (let k = 0; k < count; k++)
        contact(theme.category, theme.name, questionOf(theme, random), new Date(periodFrom.getTime() + random() * span));
    }
    for (const category of ['login', 'attachments', 'roles-rights'])
      for (let k = 0; k < 12; k++) contact(category, null, noiseQuestion(random), new Date(periodFrom.getTime() + random() * span));
    // Some BankID askers write again about the same a day later: follow-ups, not resolved in the first contact.
    const person = randomUUID();
    const first = contacts.find((c) => c.theme === 'bankid')!;
    first.inquirerId = person;
    first.resolved = true;
    contact('login', 'bankid', questionOf(themes[0], random), new Date(first.receivedAt.getTime() + DayMs / 2), {
      inquirerId: person,
      resolved: true,
    });

    // Around the mark: BankID questions three a day before it, one a day after; MinID steady at two a day.
    for (let day = -28; day < 28; day++) {
      const at = (hour: number) => new Date(markedAt.getTime() + day * DayMs + hour * 3_600_000);
      for (let k = 0; k < (day < 0 ? 3 : 1); k++) contact('login', 'bankid', questionOf(themes[0], random), at(1 + k));
      for (let k = 0; k < 2; k++) contact('login', 'minid-password', questionOf(themes[1], random), at(5 + k));
    }
    await recordContacts(pipeline.db, contacts);

    for (const [theme, page] of Object.entries(pagesFor)) {
      const category = themes.find((t) => t.name === theme)!.category;
      const created = await json<HelpPageView>(
        await post('/api/help-pages', tokens.editor, {
          url: `https://portal.example/hjelp/${theme}`,
          language: 'nb',
          topics: [category],
          ...page,
        }),
        201,
      );
      pages.set(theme, created);
    }
  }, 180_000);
  afterAll(() => pipeline.tearDown());

  it('finds each theme again as one cluster in its category, pure and nearly whole, and noise in none', async () => {
    const found = await report(periodFrom, periodTo);
    expect(found.weeks).toEqual(['2021-W09', '2021-W10', '2021-W11', '2021-W12']);
    const inPeriod = contacts.filter((c) => c.receivedAt >= periodFrom && c.receivedAt < periodTo);
    expect(found.count).toBe(inPeriod.length);
    const themeOfText = new Map(inPeriod.map((c) => [c.text.replace(/\s+/g, ' ').trim(), c.theme]));

    for (const theme of themes) {
      const size = inPeriod.filter((c) => c.theme === theme.name).length;
      const category = found.categories.find((c) => c.category === theme.category)!;
      const clusters = category.clusters.filter((c) => c.labels.includes(theme.labelWord));
      expect({ theme: theme.name, clusters: clusters.length }).toEqual({ theme: theme.name, clusters: 1 });
      const [cluster] = clusters;
      // Purity: every example shown is of the theme; with the counts below, at most a tenth of the cluster is of another.
      expect(cluster.examples.map((e) => themeOfText.get(e))).toEqual(cluster.examples.map(() => theme.name));
      // Recall at least 90 %, and no more than a tenth beyond the theme's own.
      expect(cluster.count).toBeGreaterThanOrEqual(Math.ceil(size * 0.9));
      expect(cluster.count).toBeLessThanOrEqual(Math.floor(size * 1.1));
      expect(cluster.weeks.reduce((s, w) => s + w.count, 0)).toBe(cluster.count);
    }
    // Nothing but the themes is a cluster: the noise stays unclustered.
    expect(found.categories.flatMap((c) => c.clusters)).toHaveLength(themes.length);
    for (const category of found.categories) expect(category.unclustered).toBeGreaterThanOrEqual(10);
  });

  it('matches every cluster to its page, reports the one without a page as a gap, and measures them', async () => {
    const found = await report(periodFrom, periodTo);
    const clusterOf = (theme: string): QuestionClusterView =>
      found.categories.flatMap((c) => c.clusters).find((c) => c.labels.includes(themes.find((t) => t.name === theme)!.labelWord))!;
    for (const [theme, page] of pages) expect({ theme, page: clusterOf(theme).helpPage?.helpPageId }).toEqual({ theme, page: page.id });
    expect(clusterOf('accountant-authorisation').helpPage).toBeNull();
    expect(found.gaps).toBe(1);

    // First-contact share and handle time of the login category, as the history was written.
    const login = contacts.filter((c) => c.category === 'login' && c.receivedAt >= periodFrom && c.receivedAt < periodTo);
    const resolved = login.filter((c) => c.resolved);
    const followUps = resolved.filter(
      (c) => c.inquirerId !== null && login.some((o) => o.inquirerId === c.inquirerId && o.receivedAt < c.receivedAt),
    );
    expect(followUps).toHaveLength(1);
    const category = found.categories.find((c) => c.category === 'login')!;
    expect(category.resolved).toBe(resolved.length);
    expect(category.firstContactShare).toBeCloseTo((resolved.length - followUps.length) / resolved.length, 6);
    expect(category.averageHandleSeconds).toBeCloseTo((resolved.reduce((s, c) => s + c.handleMinutes, 0) / resolved.length) * 60, 3);

    // The CSV: one line per cluster and one per category, a gap said as such, an attachment with its name.
    const csv = await api(
      `/api/help-insights/report.csv?from=${encodeURIComponent(periodFrom.toISOString())}&to=${encodeURIComponent(periodTo.toISOString())}`,
      { token: tokens.editor },
    );
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="help-insights-2021-02-28-2021-03-28.csv"');
    const lines = (await csv.text()).trimEnd().split('\r\n');
    expect(lines[0].split(',').slice(0, 4)).toEqual(['category', 'cluster', 'labels', 'contacts']);
    expect(lines).toHaveLength(1 + themes.length + 3);
    expect(lines.filter((line) => line.includes(',gap,'))).toHaveLength(1);
  });

  it('shows the saved answers used on a theme on that theme’s cluster only, by title and count, a retired one too', async () => {
    const template = async (title: string, language: string) =>
      json<AnswerTemplateView>(
        await post('/api/answer-templates', tokens.editor, { title, language, category: 'login', body: 'Hei {name}, prøv igjen.' }),
        201,
      );
    const bankidAnswer = await template('Innlogging med BankID', 'nb');
    const olderAnswer = await template('Eldre svar om BankID', 'nn');
    const minidAnswer = await template('MinID password', 'en');

    // Contacts of the period still open, in the adviser's hands as a claim and accept leave them;
    // answered without resolving, so the period's resolves and handle times stay as written.
    const open = (theme: string) => contacts.filter((c) => c.theme === theme && !c.resolved && c.receivedAt < periodTo).slice(0, 6);
    const bankid = open('bankid');
    const minid = open('minid-password').slice(0, 2);
    expect([bankid.length, minid.length]).toEqual([6, 2]);
    await pipeline.db.query(`UPDATE inquiries SET status = 'claimed', assigned_to = 'adviser' WHERE id = ANY($1::text[])`, [
      [...bankid, ...minid].map((c) => c.id),
    ]);
    const answer = async (contact: GeneratedContact, templateId: string) =>
      expect(
        (await post(`/api/inquiries/${contact.id}/answer`, tokens.adviser, { text: 'Hei, prøv igjen.', resolve: false, templateId }))
          .status,
      ).toBe(200);
    for (const c of bankid.slice(0, 4)) await answer(c, bankidAnswer.id);
    for (const c of bankid.slice(4)) await answer(c, olderAnswer.id);
    for (const c of minid) await answer(c, minidAnswer.id);
    expect((await post(`/api/answer-templates/${olderAnswer.id}/retire`, tokens.editor)).status).toBe(200);

    const found = await report(periodFrom, periodTo);
    const clusters = found.categories.flatMap((c) => c.clusters);
    const clusterOf = (labelWord: string) => clusters.find((c) => c.labels.includes(labelWord))!;
    expect(clusterOf('bankid').templates).toEqual([
      { templateId: bankidAnswer.id, title: 'Innlogging med BankID', language: 'nb', retired: false, uses: 4 },
      { templateId: olderAnswer.id, title: 'Eldre svar om BankID', language: 'nn', retired: true, uses: 2 },
    ]);
    expect(clusterOf('minid').templates).toEqual([
      { templateId: minidAnswer.id, title: 'MinID password', language: 'en', retired: false, uses: 2 },
    ]);
    const others = clusters.filter((c) => c !== clusterOf('bankid') && c !== clusterOf('minid'));
    expect(others).toHaveLength(themes.length - 2);
    expect(others.flatMap((c) => c.templates)).toEqual([]);

    const csv = await api(
      `/api/help-insights/report.csv?from=${encodeURIComponent(periodFrom.toISOString())}&to=${encodeURIComponent(periodTo.toISOString())}`,
      { token: tokens.editor },
    );
    const bankidLine = (await csv.text()).split('\r\n').find((line) => line.includes(`,${clusterOf('bankid').id},`))!;
    // Quoted: the field holds the separator `;`.
    expect(bankidLine).toContain(',"Innlogging med BankID (nb): 4; Eldre svar om BankID (nn, retired): 2",');
  });

  it('shows a marked cluster’s volume in the same-length windows before and after the mark', async () => {
    const before = await report(new Date(markedAt.getTime() - 14 * DayMs), markedAt);
    const bankid = before.categories.find((c) => c.category === 'login')!.clusters.find((c) => c.labels.includes('bankid'))!;
    const mark = await json<HelpPageMarkView>(
      await post('/api/help-insights/marks', tokens.editor, {
        category: 'login',
        signature: bankid.signature.terms,
        labels: bankid.labels,
        helpPageId: pages.get('bankid')!.id,
        change: 'changed',
        note: 'Rewrote the BankID troubleshooting steps',
        markedAt: markedAt.toISOString(),
      }),
      201,
    );
    expect(mark).toMatchObject({ change: 'changed', markedBy: 'editor', helpPageUrl: 'https://portal.example/hjelp/bankid' });

    const after = await report(markedAt, new Date(markedAt.getTime() + 14 * DayMs));
    const shown = after.marks.find((m) => m.id === mark.id)!;
    expect(shown.effect.windowDays).toBe(28);
    // 3 a day before, 1 a day after; the category also has MinID's 2 a day either side.
    expect(shown.effect.before.count).toBeGreaterThanOrEqual(Math.floor(28 * 3 * 0.9));
    expect(shown.effect.before.count).toBeLessThanOrEqual(28 * 3);
    expect(shown.effect.after.count).toBeGreaterThanOrEqual(Math.floor(28 * 0.9));
    expect(shown.effect.after.count).toBeLessThanOrEqual(28);
    expect(shown.effect.before.categoryCount).toBe(28 * 5);
    expect(shown.effect.after.categoryCount).toBe(28 * 3);
    // Found again in the period's BankID cluster, which lists it.
    const cluster = after.categories.find((c) => c.category === 'login')!.clusters.find((c) => c.id === shown.clusterId)!;
    expect(cluster.labels).toContain('bankid');
    expect(cluster.marks.map((m) => m.id)).toEqual([mark.id]);
  });

  it('keeps the catalogue for editors: support staff read it, bad input is refused with a reason', async () => {
    expect((await api('/api/help-pages', { token: tokens.adviser })).status).toBe(200);
    expect((await post('/api/help-pages', tokens.adviser, { url: 'https://portal.example/x', title: 'x', language: 'nb' })).status).toBe(
      403,
    );
    const bad = await post('/api/help-pages', tokens.editor, { url: 'not a url', title: '', language: 'de' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toMatch(/url must be an http\(s\) address/);
    const duplicate = await post('/api/help-pages', tokens.editor, { url: pages.get('bankid')!.url, title: 'Again', language: 'nb' });
    expect(duplicate.status).toBe(409);
    const changed = await json<HelpPageView>(
      await api(`/api/help-pages/${pages.get('role-request')!.id}`, {
        method: 'PUT',
        token: tokens.editor,
        body: { keywords: ['Rolle', 'rolle', 'tilgang'] },
      }),
      200,
    );
    expect(changed.keywords).toEqual(['rolle', 'tilgang']);
    expect((await api(`/api/help-insights/report?from=2021-03-10&to=2021-03-01`, { token: tokens.supervisor })).status).toBe(400);
    expect((await api(`/api/help-insights/report`, { token: tokens.adviser })).status).toBe(403);
  });
});
