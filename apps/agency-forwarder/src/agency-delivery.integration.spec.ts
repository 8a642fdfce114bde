// Integration: real Kafka broker, Postgres and Redis; router, agency-forwarder and workdesk run as
// real processes; a local HTTP server (WebhookReceiver) is the agencies' webhook receiver and a
// local SMTP server their mail relay. The apps use a Postgres database of this file's own (the
// pipeline's private database): agencies' delivery settings are global state that other files'
// agency-forwarders would otherwise act on. The retry schedule is shortened by env (1 s steps,
// 5 s at most).
import { randomBytes } from 'node:crypto';
import { Partitioners } from 'kafkajs';
import { Webhook } from 'standardwebhooks';
import {
  AgencyDelivered,
  AgencyDeliveryFailed,
  type AgencyDeliveryStatus,
  type AgencyDeliveryView,
  DeadLetterHeaders,
  OutboundMessage,
  Topics,
} from '@inquiry-router/contracts';
import type { ProblemDocument } from '@inquiry-router/runtime';
import {
  aClassified,
  anInquiry,
  eventually,
  pipelineApi,
  ReadRecord,
  RecordingRelay,
  TestPipeline,
  WebhookReceiver,
} from '@inquiry-router/testing';

type Mode = { kind: 'ok' } | { kind: 'fail'; times: number } | { kind: 'down' } | { kind: 'hang' };

const aSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

describe('delivery of forwarded inquiries to agencies', () => {
  const pipeline = new TestPipeline({ privateDatabase: 'agency' });
  const modes = new Map<string, Mode>();
  /** The agencies' webhook endpoints: `/hooks/<agency>`, each answering as its mode says. */
  const receiver = new WebhookReceiver(({ hook }) => {
    const mode = modes.get(hook) ?? { kind: 'down' };
    if (mode.kind === 'hang') return 'hang'; // never answers: the forwarder's timeout ends the attempt
    if (mode.kind === 'fail' && mode.times > 0) {
      mode.times--;
      return 500;
    }
    return mode.kind === 'down' ? 503 : 204;
  });
  const relay = new RecordingRelay();
  const secrets = new Map<string, string>();
  const TimeoutMs = 8000;
  let hooksUrl: string;
  let supervisor: string;
  let adviser: string;
  let skd: string;
  let nav: string;
  let delivered: ReadRecord[];
  let failed: ReadRecord[];
  let outbound: ReadRecord[];
  let work: ReadRecord[];
  let deadLetters: ReadRecord[];

  const { api, json, login } = pipelineApi(pipeline);

  /** Sets an agency up with a webhook (a fresh secret) on the receiver, answering as `mode`. */
  async function webhookFor(agency: string, mode: Mode): Promise<void> {
    modes.set(agency, mode);
    const secret = aSecret();
    secrets.set(agency, secret);
    await json(
      await api(`/api/agencies/${agency}/delivery`, {
        method: 'PUT',
        token: supervisor,
        body: { webhookUrl: `${hooksUrl}/${agency}?token=abc`, webhookSecret: secret, enabled: true },
      }),
      200,
    );
  }

  /** An inquiry the classifier sent to an agency, through the real router. */
  async function forward(agency: string, overrides: Parameters<typeof anInquiry>[0] = {}): Promise<string> {
    const inquiry = anInquiry({
      subject: 'Skattemelding',
      body: 'Hei, når er fristen for å levere skattemeldingen i år?',
      language: 'nb',
      ...overrides,
    });
    await pipeline.publisher.publish(Topics.InquiryClassified, [{ key: inquiry.id, value: aClassified(`agency:${agency}`, inquiry) }]);
    return inquiry.id;
  }

  const deliveryOf = async (inquiryId: string): Promise<AgencyDeliveryView | undefined> => {
    const rows = await json<AgencyDeliveryView[]>(await api(`/api/agency-deliveries?limit=500`, { token: supervisor }), 200);
    return rows.find((r) => r.inquiryId === inquiryId);
  };
  const deliveryWith = (inquiryId: string, status: AgencyDeliveryStatus, timeoutMs = 30_000) =>
    eventually(
      async () => {
        const d = await deliveryOf(inquiryId);
        return d?.status === status ? d : undefined;
      },
      timeoutMs,
      `delivery of ${inquiryId} ${status}`,
    );
  const eventsFor = <T extends { inquiryId: string }>(records: ReadRecord[], inquiryId: string): T[] =>
    records.map((r) => JSON.parse(r.value!) as T).filter((e) => e.inquiryId === inquiryId);

  beforeAll(async () => {
    hooksUrl = await receiver.listen();
    await pipeline.setUp({
      AGENCY_DELIVERY_RETRY_DELAYS_SECONDS: '1,1,1',
      AGENCY_DELIVERY_MAX_AGE_SECONDS: '5',
      AGENCY_WEBHOOK_TIMEOUT_MS: String(TimeoutMs),
      SMTP_RELAY_URL: await relay.listen(),
    });
    [delivered, failed, outbound, work, deadLetters] = await Promise.all([
      pipeline.collect(Topics.AgencyDelivered),
      pipeline.collect(Topics.AgencyDeliveryFailed),
      pipeline.collect(Topics.OutboundMessage),
      pipeline.collect(Topics.InquiryWork),
      pipeline.collect(Topics.InquiryForwarded, { deadLetters: true }),
    ]);
    await Promise.all([pipeline.start('workdesk'), pipeline.start('router'), pipeline.start('agency-forwarder')]);
    [supervisor, adviser, skd, nav] = await Promise.all([login('supervisor'), login('adviser'), login('skd'), login('nav')]);
  }, 180_000);

  afterAll(async () => {
    await pipeline.tearDown();
    await receiver.close();
    await relay.close();
  }, 60_000);

  it('keeps delivery settings for supervisors, never showing the secret', async () => {
    const secret = aSecret();
    const saved = await json<Record<string, unknown>>(
      await api('/api/agencies/skd/delivery', {
        method: 'PUT',
        token: supervisor,
        body: { webhookUrl: 'https://skd.example/hooks', webhookSecret: secret, enabled: true },
      }),
      200,
    );
    expect(saved).toMatchObject({
      agency: 'skd',
      webhookUrl: 'https://skd.example/hooks',
      hasWebhookSecret: true,
      mailbox: null,
      enabled: true,
      updatedBy: 'supervisor',
    });
    expect(JSON.stringify(saved)).not.toContain(secret.slice(6, 20));
    // Omitting the secret keeps it.
    const kept = await json<Record<string, unknown>>(
      await api('/api/agencies/skd/delivery', {
        method: 'PUT',
        token: supervisor,
        body: { webhookUrl: 'https://skd.example/v2', mailbox: 'support@skd.example', enabled: false },
      }),
      200,
    );
    expect(kept).toMatchObject({
      webhookUrl: 'https://skd.example/v2',
      hasWebhookSecret: true,
      mailbox: 'support@skd.example',
      enabled: false,
    });
    const read = await json<Record<string, unknown>>(await api('/api/agencies/skd/delivery', { token: supervisor }), 200);
    expect(read).toEqual(kept);
    expect(JSON.stringify(read)).not.toContain('whsec_');

    expect((await api('/api/agencies/skd/delivery', { token: adviser })).status).toBe(403);
    expect((await api('/api/agencies/skd/delivery', { token: skd })).status).toBe(403);
    expect((await api('/api/agencies/nope/delivery', { token: supervisor })).status).toBe(404);
    const noSecret = await json<ProblemDocument>(
      await api('/api/agencies/ssb/delivery', {
        method: 'PUT',
        token: supervisor,
        body: { webhookUrl: 'https://ssb.example/hooks', enabled: true },
      }),
      400,
    );
    expect(noSecret.message).toMatch(/needs a signing secret/);
    const badSecret = await json<{ message: string[] }>(
      await api('/api/agencies/ssb/delivery', {
        method: 'PUT',
        token: supervisor,
        body: { webhookUrl: 'https://ssb.example/hooks', webhookSecret: 'letmein', enabled: true },
      }),
      400,
    );
    expect(badSecret.message.join()).toMatch(/whsec_/);
    const badUrl = await json<{ message: string[] }>(
      await api('/api/agencies/ssb/delivery', {
        method: 'PUT',
        token: supervisor,
        body: { webhookUrl: 'ftp://x', webhookSecret: aSecret(), enabled: true },
      }),
      400,
    );
    expect(badUrl.message.join()).toMatch(/webhookUrl/);
  });

  it('delivers a forwarded inquiry to the agency webhook, signed by the Standard Webhooks scheme, and tells the inquirer', async () => {
    await webhookFor('skd', { kind: 'ok' });
    const id = await forward('skd', {
      from: { name: 'Test Person', email: 'test.person@example.no' },
      attachments: [{ filename: 'skjema.pdf', contentType: 'application/pdf', size: 1234, storageRef: 'att:1' }],
    });
    const row = await deliveryWith(id, 'delivered');
    expect(row).toMatchObject({ agency: 'skd', attempts: 1, doneChannels: ['webhook'], lastError: null });

    const [request] = receiver.for('skd').filter((r) => r.body.includes(id));
    expect(request.headers['webhook-id']).toBe(row.deliveryId);
    expect(Math.abs(Number(request.headers['webhook-timestamp']) - request.at / 1000)).toBeLessThan(30);
    // Verifies the signature over id, timestamp and body (throws if anything was changed).
    const payload = new Webhook(secrets.get('skd')!).verify(request.body, request.headers) as {
      type: string;
      data: Record<string, unknown>;
    };
    expect(payload.type).toBe('inquiry.forwarded.v1');
    expect(payload.data).toMatchObject({
      deliveryId: row.deliveryId,
      agency: 'skd',
      inquiry: {
        id,
        reference: id,
        channel: 'email',
        language: 'nb',
        subject: 'Skattemelding',
        text: 'Hei, når er fristen for å levere skattemeldingen i år?',
        attachments: [{ filename: 'skjema.pdf', contentType: 'application/pdf', size: 1234 }],
      },
      decision: { target: 'agency:skd', reasons: ['test decision'] },
    });
    expect(JSON.stringify(payload)).not.toContain('test.person@example.no');
    expect(() => new Webhook(aSecret()).verify(request.body, request.headers)).toThrow();

    const event = await eventually(async () => eventsFor<AgencyDelivered>(delivered, id).at(0));
    expect(event).toMatchObject({ deliveryId: row.deliveryId, agency: 'skd', via: ['webhook'], attempts: 1 });
    const notice = await eventually(async () => eventsFor<OutboundMessage>(outbound, id).find((m) => m.purpose === 'forwarded-notice'));
    expect(notice).toMatchObject({ channel: 'email', language: 'nb', sentBy: 'agency-forwarder' });
    expect(notice.subject).toBe(`Spørsmålet ditt er sendt videre til Skatteetaten [${id}]`);
    expect(notice.body).toContain('fagområdet eller tjenestene til Skatteetaten');

    const view = await json<{ history: { event: string; details: Record<string, unknown> }[] }>(
      await api(`/api/inquiries/${id}`, { token: adviser }),
      200,
    );
    expect(view.history.map((h) => h.event)).toEqual(expect.arrayContaining(['routed', 'forwarded', 'agency-delivered']));
  });

  it('retries a receiver that fails twice, through the retry topics, and delivers on the third attempt with the same webhook-id', async () => {
    await webhookFor('brg', { kind: 'fail', times: 2 });
    const id = await forward('brg', { language: 'nn', subject: 'Årsrekneskap', body: 'Kva er fristen for årsrekneskapen?' });
    const row = await deliveryWith(id, 'delivered');
    expect(row.attempts).toBe(3);
    const requests = receiver.for('brg').filter((r) => r.body.includes(id));
    expect(requests.map((r) => r.status)).toEqual([500, 500, 204]);
    expect(new Set(requests.map((r) => r.headers['webhook-id']))).toEqual(new Set([row.deliveryId]));
    // About a second apart (the shortened schedule), not immediately.
    expect(requests[1].at - requests[0].at).toBeGreaterThanOrEqual(900);
    expect(requests[2].at - requests[1].at).toBeGreaterThanOrEqual(900);
    for (const r of requests) expect(() => new Webhook(secrets.get('brg')!).verify(r.body, r.headers)).not.toThrow();
    const view = await json<{ history: { event: string; details: Record<string, unknown> }[] }>(
      await api(`/api/inquiries/${id}`, { token: adviser }),
      200,
    );
    expect(view.history.filter((h) => h.event === 'agency-delivery-retry').map((h) => h.details.error)).toEqual([
      expect.stringMatching(/HTTP 500/),
      expect.stringMatching(/HTTP 500/),
    ]);
    expect(JSON.stringify(view.history)).not.toContain('token=abc');
    const notice = await eventually(async () => eventsFor<OutboundMessage>(outbound, id).find((m) => m.purpose === 'forwarded-notice'));
    expect(notice.language).toBe('nn');
    expect(notice.body).toContain('vidare til Brønnøysundregistrene.');
  });

  it('dead-letters a delivery whose receiver never recovers and alerts supervisors', async () => {
    await webhookFor('ssb', { kind: 'down' });
    const id = await forward('ssb');
    const row = await deliveryWith(id, 'failed');
    // Attempts about a second apart until the next would be later than 5 s after the first.
    expect(row.attempts).toBeGreaterThanOrEqual(4);
    expect(row.attempts).toBeLessThanOrEqual(7);
    expect(receiver.for('ssb').filter((r) => r.body.includes(id))).toHaveLength(row.attempts);
    expect(row.lastError).toMatch(/HTTP 503/);

    const alerts = await json<AgencyDeliveryView[]>(await api('/api/agency-deliveries?status=failed', { token: supervisor }), 200);
    expect(alerts.map((a) => a.inquiryId)).toContain(id);
    expect(alerts.every((a) => a.status === 'failed')).toBe(true);
    expect((await api('/api/agency-deliveries?status=failed', { token: adviser })).status).toBe(403);
    expect((await api('/api/agency-deliveries?status=broken', { token: supervisor })).status).toBe(400);

    const alert = await eventually(async () => eventsFor<AgencyDeliveryFailed>(failed, id).at(0));
    expect(alert).toMatchObject({
      deliveryId: row.deliveryId,
      agency: 'ssb',
      attempts: row.attempts,
      lastError: expect.stringMatching(/HTTP 503/) as unknown,
    });
    const dead = await eventually(async () => deadLetters.find((d) => d.value?.includes(id)));
    expect(dead.key).toBe('ssb');
    expect(dead.headers[DeadLetterHeaders.Reason]).toMatch(new RegExp(`agency delivery failed after ${row.attempts} attempts: .*HTTP 503`));
    expect(dead.headers[DeadLetterHeaders.SourceTopic]).toMatch(/inquiry\.forwarded\.v1\.retry\.3$/);
    expect(JSON.parse(dead.value!)).toMatchObject({ agency: 'ssb', inquiry: { id } });
    // Nobody was told it reached the agency.
    expect(eventsFor<OutboundMessage>(outbound, id)).toEqual([]);
  });

  it("does not let an agency whose endpoint hangs delay another agency's delivery, even in the same partition", async () => {
    // Two agencies whose forwards land in the same partition of inquiry.forwarded.v1 (3 partitions).
    const partitioner = Partitioners.DefaultPartitioner();
    const partitionOf = (key: string) =>
      partitioner({
        topic: 'x',
        partitionMetadata: [0, 1, 2].map((p) => ({ partitionId: p, leader: 0, partitionErrorCode: 0, replicas: [0], isr: [0] })),
        message: { key, value: null },
      });
    const candidates = ['svv', 'mat', 'atil', 'ldir'];
    const [slow, fast] = candidates.flatMap((a) =>
      candidates.filter((b) => b !== a && partitionOf(a) === partitionOf(b)).map((b) => [a, b]),
    )[0];
    await webhookFor(slow, { kind: 'hang' });
    await webhookFor(fast, { kind: 'ok' });

    const slowId = await forward(slow);
    await eventually(async () => receiver.for(slow).find((r) => r.body.includes(slowId)), 30_000, 'the hanging call');
    const startedAt = Date.now();
    const fastId = await forward(fast);
    await deliveryWith(fastId, 'delivered', TimeoutMs);
    const tookMs = Date.now() - startedAt;
    expect(tookMs).toBeLessThan(TimeoutMs / 2);
    // The slow one is still in its first attempt: it had not even timed out.
    expect((await deliveryOf(slowId))?.attempts).toBe(0);
    // Once it times out, it is retried like any failure.
    const retried = await eventually(
      async () => {
        const d = await deliveryOf(slowId);
        return d && d.attempts >= 1 ? d : undefined;
      },
      30_000,
      'the slow delivery retried',
    );
    expect(retried.lastError).toMatch(new RegExp(`no answer within ${TimeoutMs} ms`));
  });

  it('delivers to an agency mailbox through the SMTP relay', async () => {
    await json(
      await api('/api/agencies/nav/delivery', {
        method: 'PUT',
        token: supervisor,
        body: { mailbox: 'brukerstotte@nav.example', enabled: true },
      }),
      200,
    );
    const id = await forward('nav', { subject: 'Sykepenger', body: 'Hvordan søker jeg om sykepenger?' });
    const row = await deliveryWith(id, 'delivered');
    expect(row.doneChannels).toEqual(['mailbox']);
    const mail = await eventually(async () => relay.messages.find((m) => m.mail.subject?.includes(id)));
    expect(mail.envelopeTo).toEqual(['brukerstotte@nav.example']);
    expect(mail.mail.messageId).toBe(`<${row.deliveryId}@altinn.example>`);
    expect(mail.mail.text).toContain('Hvordan søker jeg om sykepenger?');
    expect(mail.mail.attachments.map((a) => a.filename)).toEqual([`${id}.json`]);
    expect(JSON.parse(mail.mail.attachments[0].content.toString('utf8'))).toMatchObject({
      data: { deliveryId: row.deliveryId, inquiry: { id } },
    });
  });

  it('gives agencies their own inquiries only: list, acknowledge and answer; any other id is a 404', async () => {
    // No webhook or mailbox: available through the API.
    await json(await api('/api/agencies/nav/delivery', { method: 'PUT', token: supervisor, body: { enabled: false } }), 200);
    const navId = await forward('nav', { subject: 'Dagpenger', body: 'Når blir dagpengene utbetalt?' });
    await deliveryWith(navId, 'available');
    const skdId = await forward('skd');
    await deliveryWith(skdId, 'delivered');

    const listOf = async (token: string, query = '') =>
      (await json<{ inquiryId: string; acknowledgedBy: string | null }[]>(await api(`/api/agency/inquiries${query}`, { token }), 200)).map(
        (i) => i.inquiryId,
      );
    expect(await listOf(nav)).toContain(navId);
    expect(await listOf(nav)).not.toContain(skdId);
    expect(await listOf(skd)).toContain(skdId);
    expect(await listOf(skd)).not.toContain(navId);
    expect((await api('/api/agency/inquiries', { token: adviser })).status).toBe(403);

    // Another agency's inquiry does not exist for skd.
    expect((await api(`/api/agency/inquiries/${navId}`, { token: skd })).status).toBe(404);
    expect((await api(`/api/agency/inquiries/${navId}/acknowledge`, { method: 'POST', token: skd })).status).toBe(404);
    expect((await api(`/api/agency/inquiries/${navId}/answer`, { method: 'POST', token: skd, body: { text: 'Ikke vårt.' } })).status).toBe(
      404,
    );
    expect((await api(`/api/agency/inquiries/does-not-exist/acknowledge`, { method: 'POST', token: nav })).status).toBe(404);

    expect(await listOf(nav, '?unacknowledged=true')).toContain(navId);
    const ack = await json<{ acknowledgedAt: string; acknowledgedBy: string }>(
      await api(`/api/agency/inquiries/${navId}/acknowledge`, { method: 'POST', token: nav }),
      200,
    );
    expect(ack.acknowledgedBy).toBe('nav');
    const again = await json<{ acknowledgedAt: string }>(
      await api(`/api/agency/inquiries/${navId}/acknowledge`, { method: 'POST', token: nav }),
      200,
    );
    expect(again.acknowledgedAt).toBe(ack.acknowledgedAt);
    expect(await listOf(nav, '?unacknowledged=true')).not.toContain(navId);
    expect(await listOf(nav)).toContain(navId);

    expect((await api(`/api/agency/inquiries/${navId}/answer`, { method: 'POST', token: nav, body: { text: '' } })).status).toBe(400);
    const answered = await json<{ messageId: string; status: string }>(
      await api(`/api/agency/inquiries/${navId}/answer`, {
        method: 'POST',
        token: nav,
        body: { text: 'Dagpenger utbetales hver fjortende dag etter at meldekortet er sendt.' },
      }),
      200,
    );
    expect(answered.status).toBe('resolved');
    const answer = await eventually(async () => eventsFor<OutboundMessage>(outbound, navId).find((m) => m.purpose === 'answer'));
    expect(answer).toMatchObject({
      messageId: answered.messageId,
      channel: 'email',
      language: 'nb',
      subject: 'Re: Dagpenger',
      sentBy: 'nav',
      body: 'Dagpenger utbetales hver fjortende dag etter at meldekortet er sendt.',
    });
    const resolved = await eventually(async () =>
      work.map((r) => JSON.parse(r.value!) as { type: string; inquiryId: string; agency?: string }).find((w) => w.inquiryId === navId),
    );
    expect(resolved).toMatchObject({ type: 'resolved', agency: 'nav', actor: 'nav' });
    const view = await json<{ status: string; history: { event: string; actor: string | null }[] }>(
      await api(`/api/inquiries/${navId}`, { token: adviser }),
      200,
    );
    expect(view.status).toBe('resolved');
    expect(
      view.history.filter((h) => ['agency-available', 'agency-acknowledged', 'resolved'].includes(h.event)).map((h) => [h.event, h.actor]),
    ).toEqual([
      ['agency-available', 'agency-forwarder'],
      ['agency-acknowledged', 'nav'],
      ['resolved', 'nav'],
    ]);
    expect((await api(`/api/agency/inquiries/${navId}/answer`, { method: 'POST', token: nav, body: { text: 'Igjen.' } })).status).toBe(409);
    expect(await listOf(nav)).not.toContain(navId);
  });
});
