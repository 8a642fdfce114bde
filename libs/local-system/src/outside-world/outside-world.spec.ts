import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createTransport } from 'nodemailer';
import type { SinkRecord } from '@inquiry-router/contracts';
import { OutsideWorld, SinkPortTaken } from './outside-world';

// On loopback only: a real SMTP conversation with the mail sink, real HTTP calls to the stand-in.
describe('the outside world on this machine', () => {
  let dir: string;
  let world: OutsideWorld;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outside-world-'));
    world = new OutsideWorld({ file: path.join(dir, 'sent.jsonl') });
    await world.start();
  });
  afterAll(async () => {
    await world.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const sinks = async (query = ''): Promise<SinkRecord[]> => {
    const res = await fetch(`${world.baseUrl}/sent${query}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { items: SinkRecord[] }).items;
  };

  it('takes mail as the relay, answers the send APIs as the platforms do, and serves what it got newest first', async () => {
    const env = world.env();
    const relay = createTransport({ url: env.SMTP_RELAY_URL });
    await relay.sendMail({
      from: 'brukerservice@altinn.example',
      to: 'kari@example.no',
      subject: 'Vi har mottatt henvendelsen din [IR-AAAAAAAAAAAA]',
      text: 'Referansenummeret er IR-AAAAAAAAAAAA.',
      messageId: '<IR-AAAAAAAAAAAA@inquiry-router>',
    });
    relay.close();
    const meta = await fetch(`${env.META_GRAPH_URL}/me/messages?access_token=${env.META_PAGE_ACCESS_TOKEN}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ recipient: { id: '24016541234567' }, messaging_type: 'RESPONSE', message: { text: 'Svar' } }),
    });
    expect(await meta.json()).toMatchObject({ recipient_id: '24016541234567' });

    const items = await sinks();
    expect(items.map((r) => [r.channel, r.via, r.to])).toEqual([
      ['social', 'meta', ['24016541234567']],
      ['email', 'smtp', ['kari@example.no']],
    ]);
    expect(items[1]).toMatchObject({ from: 'brukerservice@altinn.example', inquiryReferences: ['IR-AAAAAAAAAAAA'] });
    expect((await sinks('?channel=email&limit=5')).map((r) => r.via)).toEqual(['smtp']);
    expect(world.mailTo('KARI@example.no')).toHaveLength(1);
    expect((await fetch(`${world.baseUrl}/sent?channel=fax`)).status).toBe(400);
  });

  it('keeps what it got for the next start, and says which port is taken when it cannot listen', async () => {
    const taken = new OutsideWorld({ smtpPort: Number(new URL(world.relayUrl).port) });
    await expect(taken.start()).rejects.toThrow(SinkPortTaken);
    await expect(taken.start()).rejects.toThrow(/mail sink cannot listen on 127\.0\.0\.1:\d+: the port is taken/);

    const again = new OutsideWorld({ file: path.join(dir, 'sent.jsonl') });
    expect(again.sent().map((r) => r.via)).toEqual(['meta', 'smtp']);
  });
});
