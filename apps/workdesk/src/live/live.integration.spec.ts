// Integration: real Kafka broker, Postgres (test database) and Redis; workdesk, classifier and
// router run as real processes. The test database is shared, so counts are compared before and after.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AgencyAgreementsView, HeldInquiryView, LiveOverview } from '@inquiry-router/contracts';
import { repoRoot } from '@inquiry-router/local-system';
import { anInquiry, eventually, pipelineApi, TestPipeline } from '@inquiry-router/testing';
import type { InquiryView } from '../inquiries/inquiry.view';

/** Reads server-sent events until `until` accepts one (or the time is up). */
async function readEvents(
  url: string,
  until: (event: { type: string; data: string }) => boolean,
  timeoutMs = 15_000,
): Promise<{ type: string; data: string }> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const res = await fetch(url, { signal: abort.signal, headers: { accept: 'text/event-stream' } });
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const type = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
        const data = [...block.matchAll(/^data: (.*)$/gm)].map((m) => m[1]).join('\n');
        const event = { type, data };
        if (until(event)) return event;
      }
    }
    throw new Error('stream ended');
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
}

describe('live overview and the console', () => {
  const pipeline = new TestPipeline();
  const { api, login } = pipelineApi(pipeline);
  let adviser: string;
  let supervisor: string;

  beforeAll(async () => {
    await pipeline.setUp({ LIVE_INTERVAL_MS: '300' });
    await Promise.all([pipeline.start('workdesk'), pipeline.start('classifier'), pipeline.start('router')]);
    [adviser, supervisor] = await Promise.all([login('adviser'), login('supervisor')]);
  }, 120_000);
  afterAll(() => pipeline.tearDown());

  it('streams the overview to advisers and supervisors, with the token in the query for EventSource', async () => {
    const first = await readEvents(pipeline.url('workdesk', `/api/live?access_token=${supervisor}`), (e) => e.type === 'overview');
    const overview = JSON.parse(first.data) as LiveOverview;
    expect(overview.queues.map((q) => q.queue)).toEqual(expect.arrayContaining(['first-line', 'second-line', 'servicedesk']));
    expect((await fetch(pipeline.url('workdesk', '/api/live'))).status).toBe(401);
    const agency = await login('skd');
    expect((await fetch(pipeline.url('workdesk', `/api/live?access_token=${agency}`))).status).toBe(403);
    // The query token is accepted only where a handler allows it.
    expect((await fetch(pipeline.url('workdesk', `/api/work/mine?access_token=${adviser}`))).status).toBe(401);
  });

  it('sends a new overview when an inquiry arrives, and the adviser sees what they hold', async () => {
    const before = (await (await api('/api/live/overview', { token: supervisor })).json()) as LiveOverview;
    const stream = readEvents(
      pipeline.url('workdesk', `/api/live?access_token=${supervisor}`),
      (e) => e.type === 'overview' && (JSON.parse(e.data) as LiveOverview).today.total > before.today.total,
      30_000,
    );
    const { receivedAt: _r, ...inquiry } = anInquiry({ body: 'Hei! Jeg får ikke logget inn i portalen, BankID henger bare.' });
    expect((await api('/api/inquiries', { method: 'POST', token: supervisor, body: inquiry })).status).toBe(202);
    const changed = JSON.parse((await stream).data) as LiveOverview;
    expect(changed.today.total).toBeGreaterThan(before.today.total);

    const queue = await eventually(
      async () => {
        const res = await api(`/api/inquiries/${inquiry.id}`, { token: adviser });
        return res.status === 200 ? (((await res.json()) as InquiryView).queue ?? undefined) : undefined;
      },
      30_000,
      'the inquiry queued',
    );
    const claim = await api(`/api/queues/${queue}/claim`, { method: 'POST', token: adviser });
    expect(claim.status).toBe(200);
    const mine = (await (await api('/api/work/mine', { token: adviser })).json()) as HeldInquiryView[];
    expect(mine).toContainEqual(expect.objectContaining({ id: inquiry.id, status: 'reserved' }));
    await api(`/api/inquiries/${inquiry.id}/put-back`, { method: 'POST', token: adviser, body: {} });
  });

  it('serves the built console at / and its routes, and leaves /api to the API', async () => {
    // The build `npm test` makes first; without it this would test nothing, so it fails instead.
    const index = path.join(repoRoot(), 'dist/console/index.html');
    if (!existsSync(index)) throw new Error(`${index} is missing: build the console first (npm run build)`);
    const page = await fetch(pipeline.url('workdesk', '/inquiries/some-id'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<div id="root">');
    expect((await fetch(pipeline.url('workdesk', '/api/no-such-thing'))).status).toBe(404);
    expect((await fetch(pipeline.url('workdesk', '/health/live'))).status).toBe(200);
  });

  it("passes the classifier's policy API through with the caller's token", async () => {
    const res = await api('/api/policy/agencies', { token: supervisor });
    expect(res.status).toBe(200);
    expect(((await res.json()) as AgencyAgreementsView).agencies.map((a) => a.code)).toContain('skd');
    expect((await api('/api/policy/agencies')).status).toBe(401);
    const escaping = await api('/api/policy/..%2f..%2fmetrics', { token: supervisor });
    expect(escaping.status).toBe(400);
    expect(escaping.headers.get('content-type')).toContain('application/problem+json');
    expect(await escaping.json()).toMatchObject({ status: 400, detail: 'the path leaves /api/policy' });
  });
});
