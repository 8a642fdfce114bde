// Integration: the workdesk as a real process on the real broker, Postgres (test database) and
// Redis, reading the local sinks (libs/local-system's outside world, on loopback) that take the
// mail and the platform and webhook calls sent here; a second workdesk with NODE_ENV=production,
// where no development route answers.
import { randomUUID } from 'node:crypto';
import { createTransport } from 'nodemailer';
import type { Channel, DevelopmentToolsView, InquiryParty, OutboundMessage, SentMessagesView } from '@inquiry-router/contracts';
import { inquiryIdFor } from '@inquiry-router/intake';
import { OutsideWorld } from '@inquiry-router/local-system';
import { OutboundMessageRepository } from '@inquiry-router/persistence';
import { pipelineApi, TestPipeline } from '@inquiry-router/testing';
import { productionRequirements } from '../testing/production-env';

describe("the workdesk's development tools", () => {
  const pipeline = new TestPipeline();
  const sinks = new OutsideWorld();
  const { api, call, json, login } = pipelineApi(pipeline);
  let adviser: string;

  beforeAll(async () => {
    await sinks.start();
    await pipeline.setUp({ LOCAL_SINKS_URL: sinks.baseUrl });
    await pipeline.start('workdesk');
    adviser = await login('adviser');
  }, 120_000);
  afterAll(async () => {
    await pipeline.tearDown();
    await sinks.close();
  });

  /** An inquiry recorded as the router records one (only what the Sent page reads of it). */
  async function recorded(channel: Channel, sender: InquiryParty, thread?: string): Promise<string> {
    const id = inquiryIdFor(channel, randomUUID());
    await pipeline.db.query(
      `INSERT INTO inquiries (id, channel, received_at, sender, to_address, body, thread_id, status)
       VALUES ($1, $2, now(), $3, $4, 'Hei, jeg får ikke logget inn.', $5, 'resolved')`,
      [id, channel, JSON.stringify(sender), channel === 'phone' ? '+4722000000' : 'brukerservice@altinn.example', thread ?? id],
    );
    return id;
  }

  /** What the channel adapter records once it has sent `message` (or, for the phone, made it a call-back task). */
  async function sentTo(inquiryId: string, message: Pick<OutboundMessage, 'channel' | 'purpose' | 'body'> & { subject?: string }) {
    const full: OutboundMessage = {
      messageId: randomUUID(),
      inquiryId,
      language: 'nb',
      sentBy: 'adviser',
      createdAt: new Date().toISOString(),
      ...message,
    };
    await new OutboundMessageRepository(pipeline.db).record(full, message.channel === 'phone' ? 'callback-requested' : 'message-sent');
    return full;
  }

  const sent = async (query = '') => json<SentMessagesView>(await api(`/api/development/sent${query}`, { token: adviser }), 200);

  it('offers the Sent and Phone pages to support staff', async () => {
    expect(await json<DevelopmentToolsView>(await api('/api/development', { token: adviser }), 200)).toEqual({ tools: ['sent', 'phone'] });
  });

  it('lists what the sinks received and the call-back tasks, newest first, each tied to its inquiry and thread', async () => {
    const kari = `kari.${randomUUID().slice(0, 8)}@example.no`;
    const first = await recorded('email', { name: 'Kari', email: kari });
    const reply = await recorded('email', { name: 'Kari', email: kari }, first);
    const psid = String(Date.now());
    const social = await recorded('social', { handle: psid, network: 'facebook' });
    const caller = await recorded('phone', { phone: '+4791234567' });

    // The receipt of the reply and the adviser's answer to it, as the email adapter sends them.
    const relay = createTransport({ url: sinks.relayUrl });
    await relay.sendMail({
      from: 'brukerservice@altinn.example',
      to: kari,
      subject: `Vi har mottatt henvendelsen din [${reply}]`,
      text: `Referansenummeret er ${reply}.`,
      messageId: `<${reply}@inquiry-router>`,
      inReplyTo: '<CAF=original@mail.example.no>',
    });
    const answer = await sentTo(reply, { channel: 'email', purpose: 'answer', body: 'Prøv BankID på nytt.' });
    await relay.sendMail({
      from: 'brukerservice@altinn.example',
      to: kari,
      subject: `Svar på henvendelsen din [${first}]`,
      text: answer.body,
      messageId: `<${answer.messageId}@outbound.inquiry-router>`,
      inReplyTo: `<${reply}@inquiry-router>`,
      references: [`<${first}@inquiry-router>`, `<${reply}@inquiry-router>`],
    });
    relay.close();
    // A case update to the person on Messenger, as the social adapter sends it: no reference in its text.
    await sentTo(social, { channel: 'social', purpose: 'case-status', subject: 'Nytt i saken din', body: 'Saken er løst.' });
    await fetch(`${sinks.env().META_GRAPH_URL}/me/messages?access_token=any`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        recipient: { id: psid },
        messaging_type: 'RESPONSE',
        message: { text: 'Nytt i saken din\n\nSaken er løst.' },
      }),
    });
    await sentTo(caller, { channel: 'phone', purpose: 'answer', body: 'Si at feilen er rettet.' });

    const view = await sent();
    expect(view.sinks).toEqual({ state: 'running', url: sinks.baseUrl });
    const times = view.items.map((i) => Date.parse(i.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const ours = view.items.filter((i) => [first, reply, social, caller].includes(i.inquiry?.id ?? ''));
    expect(ours.map((i) => [i.channel, i.via, i.purpose, i.inquiry?.id, i.thread])).toEqual([
      ['phone', 'callback', 'answer', caller, caller],
      ['social', 'meta', 'case-status', social, social],
      ['email', 'smtp', 'answer', reply, first],
      ['email', 'smtp', 'acknowledgement', reply, first],
    ]);
    expect(ours[0]).toMatchObject({ to: ['+4791234567'], text: 'Si at feilen er rettet.' });
    expect(ours[2]).toMatchObject({ to: [kari], subject: `Svar på henvendelsen din [${first}]`, inReplyTo: `<${reply}@inquiry-router>` });

    const calls = await sent('?channel=phone&limit=5');
    expect(calls.items.every((i) => i.channel === 'phone')).toBe(true);
    expect(calls.items.map((i) => i.inquiry?.id)).toContain(caller);
    expect((await api('/api/development/sent?channel=fax', { token: adviser })).status).toBe(400);
    expect((await api('/api/development/sent?limit=0', { token: adviser })).status).toBe(400);
  });

  it('says when the sinks do not answer, and still lists the call-back tasks', async () => {
    const caller = await recorded('phone', { phone: '+4791234568' });
    await sentTo(caller, { channel: 'phone', purpose: 'callback-offer', body: 'Vi ringer deg tilbake.' });
    await sinks.close();
    const view = await sent();
    expect(view.sinks.state).toBe('unreachable');
    expect('reason' in view.sinks && view.sinks.reason).toContain(`the local sinks at ${sinks.baseUrl} did not answer`);
    expect(view.items.find((i) => i.inquiry?.id === caller)).toMatchObject({ channel: 'phone', purpose: 'callback-offer' });
  });

  it('in production: none of the development routes answers', async () => {
    const production = await pipeline.startInstance('workdesk', 'production', {
      NODE_ENV: 'production',
      ...productionRequirements,
    });
    const at = (path: string, method = 'GET') => fetch(`http://127.0.0.1:${production.port}${path}`, { method });
    expect(
      await Promise.all(
        [
          ['GET', '/api/development'],
          ['GET', '/api/development/sent'],
          ['GET', '/development/clock'],
          ['POST', '/api/development/phone/calls'],
        ].map(async ([method, path]) => `${method} ${path} ${(await at(path, method)).status}`),
      ),
    ).toEqual([
      'GET /api/development 404',
      'GET /api/development/sent 404',
      'GET /development/clock 404',
      'POST /api/development/phone/calls 404',
    ]);
    // The same routes are there outside production: the 404s are production's, not a wrong path.
    expect((await call('workdesk', '/api/development')).status).toBe(401);
    expect((await call('workdesk', '/api/development/sent')).status).toBe(401);
    expect((await call('workdesk', '/development/clock')).status).toBe(200);
    expect((await at('/health/ready')).status).toBe(200);
  }, 120_000);
});
