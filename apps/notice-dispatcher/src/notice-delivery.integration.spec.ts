// Integration: real Kafka broker and Postgres; workdesk and notice-dispatcher run as real processes
// on a Postgres database of this file's own (subscriptions are global state every dispatcher reads).
// A local HTTP server (WebhookReceiver) is the subscribers' webhook receiver (this file verifies
// each signature with `standardwebhooks`) and a local SMTP server (RecordingRelay) their mail
// relay. Notices are written with SQL and their `notice.changed.v1` events published here, as the
// workdesk's notice API does through its outbox. The retry schedule is shortened by env (1 s
// steps, 3 s at most).
import { Webhook } from 'standardwebhooks';
import {
  type CreatedNoticeSubscriptionView,
  DeadLetterHeaders,
  type NoticeChanged,
  type NoticeDeliveryView,
  type NoticeStatus,
  type NoticeSubscriptionView,
  noticeMessageId,
  Topics,
} from '@inquiry-router/contracts';
import {
  eventually,
  type HookRequest,
  pipelineApi,
  ReadRecord,
  RecordingRelay,
  TestPipeline,
  WebhookReceiver,
} from '@inquiry-router/testing';

type Mode = 'ok' | 'fail-once' | 'down';

interface Received {
  hook: string;
  webhookId: string;
  verified: boolean;
  body: { noticeId: string; sequence: number; status: string; message: { nb: string } };
  status: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('notice-dispatcher: each notice entry to each subscriber once', () => {
  const pipeline = new TestPipeline({ privateDatabase: 'notices' });
  const modes = new Map<string, Mode>();
  const secrets = new Map<string, string>();
  /** Whether each request's signature held, with its subscription's secret, when it came. */
  const verified = new WeakMap<HookRequest, boolean>();
  /** The subscribers' webhook endpoints `/hooks/<name>`, each verifying the signature and answering as its mode says. */
  const receiver = new WebhookReceiver((request) => {
    try {
      new Webhook(secrets.get(request.hook) ?? '').verify(request.body, request.headers);
      verified.set(request, true);
    } catch {
      verified.set(request, false);
    }
    const mode = modes.get(request.hook) ?? 'down';
    if (mode === 'fail-once') modes.set(request.hook, 'ok');
    return mode === 'ok' ? 204 : mode === 'fail-once' ? 500 : 503;
  });
  /** What `hook` received, oldest first. */
  const receivedBy = (hook: string): Received[] =>
    receiver.for(hook).map((r) => ({
      hook,
      webhookId: r.headers['webhook-id'],
      verified: verified.get(r)!,
      body: JSON.parse(r.body) as Received['body'],
      status: r.status!,
    }));
  const relay = new RecordingRelay();
  const { api, json, login } = pipelineApi(pipeline);
  let hooksUrl: string;
  let operator: string;
  let deadLetters: ReadRecord[];
  const published = new Map<string, NoticeChanged[]>();

  /** A notice registered as the workdesk registers it: the row, its first history entry, and its event. */
  async function register(notice: { components: string[]; environments?: string[]; title: string }): Promise<string> {
    const [{ id }]: { id: string }[] = await pipeline.db.query(
      `INSERT INTO notices (kind, status, severity, title, description, components, environments, audiences, starts_at, created_by)
       VALUES ('incident', 'investigating', 'major', $1, $2, $3, $4, '{service-owners,vendors}', now(), 'operator') RETURNING id`,
      [
        { nb: notice.title, en: `${notice.title} (en)` },
        { nb: `Vi undersøker: ${notice.title}` },
        notice.components,
        notice.environments ?? ['production'],
      ],
    );
    await entry(id, 1, 'investigating', `Vi undersøker: ${notice.title}`);
    return id;
  }

  /** One more history entry (sequence 1 is the registration), and its event. */
  async function entry(noticeId: string, sequence: number, status: NoticeStatus, message: string): Promise<void> {
    await pipeline.db.query(
      `INSERT INTO notice_updates (notice_id, sequence, status, message, changed_by) VALUES ($1, $2, $3, $4, 'operator')`,
      [noticeId, sequence, status, { nb: message }],
    );
    const [n]: Record<string, never>[] = await pipeline.db.query(
      `WITH changed AS (
         UPDATE notices SET status = $2, version = $3, updated_at = now(),
                ended_at = CASE WHEN $2 IN ('resolved', 'completed', 'cancelled') THEN now() END
          WHERE id = $1 RETURNING *)
       SELECT * FROM changed`,
      [noticeId, status, sequence],
    );
    const event: NoticeChanged = {
      noticeId,
      sequence,
      kind: 'incident',
      status,
      severity: 'major',
      title: n.title,
      description: n.description,
      message: { nb: message },
      components: n.components,
      environments: n.environments,
      audiences: n.audiences,
      startsAt: (n.starts_at as Date).toISOString(),
      expectedEndAt: null,
      endedAt: n.ended_at ? (n.ended_at as Date).toISOString() : null,
      changedBy: 'operator',
      changedAt: new Date().toISOString(),
    };
    published.set(noticeId, [...(published.get(noticeId) ?? []), event]);
    await publish(event);
  }

  const publish = (event: NoticeChanged) => pipeline.publisher.publish(Topics.NoticeChanged, [{ key: event.noticeId, value: event }]);

  /** Every event published so far is recorded, and every delivery due from them has had its time to go out. */
  async function settled(): Promise<void> {
    await pipeline.processedSoFar('notice-dispatcher', Topics.NoticeChanged);
    await sleep(2000);
  }

  async function subscribe(body: Record<string, unknown>): Promise<CreatedNoticeSubscriptionView> {
    return json(await api('/api/notice-subscriptions', { method: 'POST', token: operator, body }), 201);
  }

  async function webhookSubscriber(hook: string, mode: Mode, filter: Record<string, unknown>): Promise<NoticeSubscriptionView> {
    modes.set(hook, mode);
    const created = await subscribe({
      channel: 'webhook',
      webhookUrl: `${hooksUrl}/${hook}?token=abc`,
      email: `${hook}@vendor.example`,
      ...filter,
    });
    expect(created.webhookSecret).toMatch(/^whsec_/);
    secrets.set(hook, created.webhookSecret!);
    return created;
  }

  const deliveries = async (status?: string): Promise<NoticeDeliveryView[]> =>
    json(await api(`/api/notice-deliveries${status ? `?status=${status}` : ''}`, { token: operator }), 200);
  const mailsTo = (address: string) => relay.to(address).map((m) => m.mail);
  const headerOf = (mail: { headerLines: readonly { key: string; line: string }[] }, name: string) =>
    mail.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '');

  beforeAll(async () => {
    hooksUrl = await receiver.listen();
    await pipeline.setUp({
      NOTICE_SEND_INTERVAL_MS: '200',
      NOTICE_DELIVERY_RETRY_DELAYS_SECONDS: '1',
      NOTICE_DELIVERY_MAX_AGE_SECONDS: '3',
      NOTICE_WEBHOOK_TIMEOUT_MS: '3000',
      SMTP_RELAY_URL: await relay.listen(),
    });
    const publicUrl = { STATUS_PUBLIC_URL: pipeline.url('workdesk', '') };
    deadLetters = await pipeline.collect(Topics.NoticeChanged, { deadLetters: true });
    await Promise.all([pipeline.start('workdesk', publicUrl), pipeline.start('notice-dispatcher', publicUrl)]);
    operator = await login('supervisor');
  }, 180_000);

  afterAll(async () => {
    await pipeline.tearDown();
    await receiver.close();
    await relay.close();
  }, 60_000);

  it('sends an incident and its update once to a webhook and once to an email subscriber, nothing to one whose filter does not match', async () => {
    const hook = await webhookSubscriber('login-vendor', 'ok', { components: ['login'] });
    const mail = await subscribe({ channel: 'email', email: 'owner@agency.example', components: ['login'], language: 'en' });
    expect(mail).toMatchObject({ confirmed: true, createdBy: 'supervisor', webhookUrl: null });
    expect(mail).not.toHaveProperty('webhookSecret');
    const elsewhere = await subscribe({ channel: 'email', email: 'tester@vendor.example', components: ['login'], environments: ['test'] });

    const id = await register({ components: ['login'], title: 'Innlogging feiler' });
    await eventually(async () =>
      receivedBy('login-vendor').length === 1 && mailsTo('owner@agency.example').length === 1 ? true : undefined,
    );
    await entry(id, 2, 'identified', 'Årsaken er funnet.');
    await eventually(async () =>
      receivedBy('login-vendor').length === 2 && mailsTo('owner@agency.example').length === 2 ? true : undefined,
    );

    // Each entry's event again, as a redelivery would: nothing is sent twice.
    for (const event of published.get(id)!) await publish(event);
    await settled();

    const hooks = receivedBy('login-vendor');
    expect(hooks.map((r) => [r.body.noticeId, r.body.sequence, r.body.status, r.verified])).toEqual([
      [id, 1, 'investigating', true],
      [id, 2, 'identified', true],
    ]);
    expect(hooks[1].body).toMatchObject({
      type: 'notice.changed',
      message: { nb: 'Årsaken er funnet.' },
      statusPage: pipeline.url('workdesk', '/status'),
    });
    const mine = (await deliveries()).filter((d) => d.subscriptionId === hook.id);
    expect(new Set(hooks.map((r) => r.webhookId))).toEqual(new Set(mine.map((d) => d.id)));
    expect(mine.map((d) => d.target)).toEqual([`${hooksUrl}/login-vendor`, `${hooksUrl}/login-vendor`]);

    const mails = mailsTo('owner@agency.example');
    expect(mails).toHaveLength(2);
    expect(mails[0].subject).toBe(`Incident: Innlogging feiler (en) [${id}] – Investigating`);
    expect(mails[1].text).toContain('Årsaken er funnet.');
    const mailDeliveries = (await deliveries()).filter((d) => d.subscriptionId === mail.id);
    expect(mails.map((m) => m.messageId).sort()).toEqual(mailDeliveries.map((d) => noticeMessageId(d.id)).sort());
    expect(headerOf(mails[0], 'list-unsubscribe')).toMatch(
      /^<http:\/\/127\.0\.0\.1:\d+\/status\/subscriptions\/unsubscribe\?token=[\w-]{43}>$/,
    );
    expect(headerOf(mails[0], 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');

    expect(mailsTo('tester@vendor.example')).toEqual([]);
    expect((await deliveries()).filter((d) => d.subscriptionId === elsewhere.id)).toEqual([]);
  }, 60_000);

  it('sends nothing to a self-made subscription until it is confirmed through the link in its mail, and nothing after its unsubscribe link', async () => {
    const address = 'self@owner.example';
    const signup = await api('/status/subscriptions', {
      method: 'POST',
      body: { channel: 'email', email: address, components: ['inbox'] },
    });
    expect(signup.status).toBe(202);
    const [confirmation] = await eventually(async () => (mailsTo(address).length === 1 ? mailsTo(address) : undefined));
    const confirmUrl = /http:\/\/\S+\/status\/subscriptions\/confirm\?token=[\w-]+/.exec(confirmation.text ?? '')![0];

    const id = await register({ components: ['inbox'], title: 'Innboksen er treg' });
    await settled();
    expect(mailsTo(address)).toHaveLength(1); // the confirmation only

    // Opening the link (as a mail scanner does) shows the button and changes nothing.
    const page = await fetch(confirmUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post" action="/status/subscriptions/confirm">');
    const listed = async () =>
      (await json<NoticeSubscriptionView[]>(await api('/api/notice-subscriptions?includeEnded=true', { token: operator }), 200)).find(
        (s) => s.email === address,
      )!;
    expect(await listed()).toMatchObject({ confirmed: false, createdBy: null });

    const token = new URL(confirmUrl).searchParams.get('token')!;
    const confirmed = await fetch(pipeline.url('workdesk', '/status/subscriptions/confirm'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }).toString(),
    });
    expect(confirmed.status).toBe(200);
    expect(await listed()).toMatchObject({ confirmed: true });

    await entry(id, 2, 'monitoring', 'Vi følger med.');
    await eventually(async () => (mailsTo(address).length === 2 ? true : undefined));
    const notice = mailsTo(address)[1];
    expect(notice.subject).toContain(id);
    expect(notice.text).toContain('Vi følger med.');

    // The mail client's one-click unsubscribe (RFC 8058), to the URL in the header; the page itself changes nothing.
    const unsubscribeUrl = headerOf(notice, 'list-unsubscribe')!.slice(1, -1);
    expect(notice.text).toContain(unsubscribeUrl);
    expect((await fetch(unsubscribeUrl)).status).toBe(200);
    expect(await listed()).toMatchObject({ endedAt: null });
    const oneClick = await fetch(unsubscribeUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect((await listed()).endedAt).not.toBeNull();

    await entry(id, 3, 'resolved', 'Løst.');
    await settled();
    expect(mailsTo(address)).toHaveLength(2);
  }, 60_000);

  it('keeps one subscription in force per address: an operator’s second is refused, a confirmed sign-up replaces the first', async () => {
    const address = 'once@vendor.example';
    const first = await subscribe({ channel: 'email', email: address, components: ['roles'] });
    const again = await api('/api/notice-subscriptions', {
      method: 'POST',
      token: operator,
      body: { channel: 'email', email: 'Once@Vendor.example' },
    });
    expect(again.status).toBe(409);
    expect(JSON.stringify(await again.json())).toContain('already has a subscription in force');

    expect(
      (await api('/status/subscriptions', { method: 'POST', body: { channel: 'email', email: address, components: ['inbox'] } })).status,
    ).toBe(202);
    const confirmation = await eventually(async () => mailsTo(address).find((m) => /confirm\?token=/.test(m.text ?? '')));
    const token = /confirm\?token=([\w-]+)/.exec(confirmation.text ?? '')![1];
    const confirmed = await fetch(pipeline.url('workdesk', '/status/subscriptions/confirm'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }).toString(),
    });
    expect(confirmed.status).toBe(200);
    const mine = (
      await json<NoticeSubscriptionView[]>(await api('/api/notice-subscriptions?includeEnded=true', { token: operator }), 200)
    ).filter((s) => s.email === address);
    expect(mine.find((s) => s.id === first.id)?.endedAt).not.toBeNull();
    expect(mine.filter((s) => s.endedAt === null)).toEqual([expect.objectContaining({ components: ['inbox'], confirmed: true })]);
  }, 60_000);

  it('retries a webhook that answered 500 with the same webhook-id, then it is delivered', async () => {
    const sub = await webhookSubscriber('flaky', 'fail-once', { components: ['forms'] });
    await register({ components: ['forms'], title: 'Innsending feiler' });
    const delivered = await eventually(async () => {
      const d = (await deliveries('delivered')).find((x) => x.subscriptionId === sub.id);
      return d;
    });
    const calls = receivedBy('flaky');
    expect(calls.map((c) => [c.status, c.webhookId, c.verified])).toEqual([
      [500, delivered.id, true],
      [204, delivered.id, true],
    ]);
    expect(delivered).toMatchObject({ attempts: 2, lastError: null });
  }, 60_000);

  it('ends a delivery to a webhook that always fails as failed, with its cause in the failed-delivery view and a dead letter; an operator can retry it', async () => {
    const sub = await webhookSubscriber('broken', 'down', { components: ['roles'] });
    const id = await register({ components: ['roles'], title: 'Roller mangler' });
    const failed = await eventually(async () => (await deliveries('failed')).find((x) => x.subscriptionId === sub.id), 30_000);
    expect(failed).toMatchObject({
      noticeId: id,
      sequence: 1,
      channel: 'webhook',
      target: `${hooksUrl}/broken`,
      status: 'failed',
      lastError: `webhook ${hooksUrl}/broken: HTTP 503`,
      nextAttemptAt: null,
    });
    expect(failed.attempts).toBeGreaterThanOrEqual(2);
    expect(new Set(receivedBy('broken').map((r) => r.webhookId))).toEqual(new Set([failed.id]));

    const letter = await eventually(async () => deadLetters.find((r) => r.key === id));
    expect(JSON.parse(letter.value!)).toMatchObject({ noticeId: id, sequence: 1, status: 'investigating' });
    expect(letter.headers[DeadLetterHeaders.Reason]).toBe(
      `notice delivery to subscription ${sub.id} failed after ${failed.attempts} attempts: webhook ${hooksUrl}/broken: HTTP 503`,
    );

    modes.set('broken', 'ok');
    const retried = await json<NoticeDeliveryView>(
      await api(`/api/notice-deliveries/${failed.id}/retry`, { method: 'POST', token: operator }),
      200,
    );
    expect(retried).toMatchObject({ id: failed.id, status: 'pending', attempts: 0 });
    await eventually(async () => ((await deliveries('delivered')).some((d) => d.id === failed.id) ? true : undefined));
    expect(receivedBy('broken').at(-1)).toMatchObject({ status: 204, webhookId: failed.id });
    expect((await api(`/api/notice-deliveries/${failed.id}/retry`, { method: 'POST', token: operator })).status).toBe(409);
  }, 60_000);

  it('refuses bad subscriptions with their reasons', async () => {
    const refused = async (path: string, body: unknown, token?: string) => {
      const res = await api(path, { method: 'POST', body, token });
      return { status: res.status, body: await res.text() };
    };
    const noUrl = await refused('/api/notice-subscriptions', { channel: 'webhook', components: ['login'] }, operator);
    expect(noUrl.status).toBe(400);
    expect(noUrl.body).toContain('webhookUrl');
    const unknown = await refused('/api/notice-subscriptions', { channel: 'email', email: 'a@b.example', components: ['nope'] }, operator);
    expect(unknown.status).toBe(400);
    expect(unknown.body).toContain('no such component: nope');
    expect(await refused('/status/subscriptions', { channel: 'email', email: 'not-an-address' })).toMatchObject({ status: 400 });
    expect(await refused('/status/subscriptions', { channel: 'email', email: 'x@y.example', environments: ['staging'] })).toMatchObject({
      status: 400,
    });
    expect((await fetch(pipeline.url('workdesk', `/status/subscriptions/confirm?token=${'a'.repeat(43)}`))).status).toBe(404);
    // Sign-ups waiting for confirmation at one address are limited.
    const flood = [];
    for (let i = 0; i < 4; i++)
      flood.push((await refused('/status/subscriptions', { channel: 'email', email: 'victim@example.org' })).status);
    expect(flood).toEqual([202, 202, 202, 429]);
  }, 60_000);
});
