// Integration: the email-adapter runs as a real process from dist/ against the real broker,
// Postgres and Redis, with low SMTP limits set through env; mail comes over real TCP from
// nodemailer and a raw socket client, each test from its own loopback address (127.0.0.x), which
// the server takes for another client.
import { randomBytes } from 'node:crypto';
import { createTransport } from 'nodemailer';
import { Topics } from '@inquiry-router/contracts';
import { inquiryIdFor } from '@inquiry-router/intake';
import { eventually, ReadRecord, TestPipeline } from '@inquiry-router/testing';
import { startEmailAdapter } from './testing/email-adapter-under-test';
import { RawSmtpClient } from './testing/smtp-test-clients';

const support = 'brukerservice@altinn.example';
const servicedesk = 'servicedesk@altinn.example';
const Limits = { connections: 4, connectionsPerClient: 2, messagesPerMinute: 3, recipients: 2, maxBytes: 60_000 };

describe('SMTP intake limits', () => {
  const pipeline = new TestPipeline();
  let smtpPort: number;
  let received: ReadRecord[];
  const open: RawSmtpClient[] = [];

  beforeAll(async () => {
    smtpPort = await startEmailAdapter(pipeline, {
      EMAIL_SMTP_MAX_CONNECTIONS: String(Limits.connections),
      EMAIL_SMTP_MAX_CONNECTIONS_PER_CLIENT: String(Limits.connectionsPerClient),
      EMAIL_SMTP_MESSAGES_PER_MINUTE_PER_CLIENT: String(Limits.messagesPerMinute),
      EMAIL_SMTP_MAX_RECIPIENTS: String(Limits.recipients),
      EMAIL_MAX_BYTES: String(Limits.maxBytes),
    });
    received = await pipeline.collect(Topics.InquiryReceived);
  }, 120_000);
  afterEach(async () => {
    open.splice(0).forEach((c) => c.close());
    // The server counts a connection until it has seen it close.
    await new Promise((r) => setTimeout(r, 300));
  });
  afterAll(() => pipeline.tearDown());

  async function connect(from: string): Promise<RawSmtpClient> {
    const client = await RawSmtpClient.connect(smtpPort, 5000, from);
    open.push(client);
    return client;
  }

  async function greeted(from: string): Promise<RawSmtpClient> {
    const client = await connect(from);
    expect(client.greeting.code).toBe(220);
    expect((await client.command('EHLO client.example')).code).toBe(250);
    return client;
  }

  const mail = (id: string, body = 'Hei, jeg får ikke logget inn.') =>
    Buffer.from(`From: kari@example.no\r\nTo: ${support}\r\nSubject: Innlogging\r\nMessage-ID: ${id}\r\n\r\n${body}\r\n`);
  const messageId = () => `<${randomBytes(8).toString('hex')}@client.example>`;

  function published(id: string) {
    return eventually(async () => received.find((r) => r.key === id), 20_000, `inquiry ${id} on ${Topics.InquiryReceived}`);
  }

  /** DATA of a plain message in the transaction begun on `client`: answered 250 and published. */
  async function dataAccepted(client: RawSmtpClient): Promise<void> {
    const id = messageId();
    expect((await client.data(mail(id))).code).toBe(250);
    await published(inquiryIdFor('email', id));
  }

  /** A plain message to the support mailbox on `client`, answered 250 and published. */
  async function accepted(client: RawSmtpClient, from = 'kari@example.no'): Promise<void> {
    expect((await client.command(`MAIL FROM:<${from}>`)).code).toBe(250);
    expect((await client.command(`RCPT TO:<${support}>`)).code).toBe(250);
    await dataAccepted(client);
  }

  it('accepts traffic right up to every limit: the connections, the rate, the recipients and the size', async () => {
    const transport = createTransport({
      host: '127.0.0.1',
      port: smtpPort,
      localAddress: '127.0.0.2',
      secure: false,
      ignoreTLS: true,
      pool: true,
      maxConnections: Limits.connectionsPerClient,
    });
    try {
      const ids = [messageId(), messageId(), messageId()];
      const infos = await Promise.all(
        ids.map((id, i) =>
          transport.sendMail({
            from: 'kari@example.no',
            to: [support, servicedesk],
            subject: `Spørsmål ${i}`,
            // The first one just under the size limit, in lines that need no encoding.
            text: i === 0 ? `${'x'.repeat(70)}\n`.repeat(Math.floor((Limits.maxBytes - 3_000) / 72)) : 'Hei, jeg får ikke logget inn.',
            messageId: id,
          }),
        ),
      );
      expect(infos.map((info) => info.accepted)).toEqual(ids.map(() => [support, servicedesk]));
      for (const id of ids) await published(inquiryIdFor('email', id));
    } finally {
      transport.close();
    }
  });

  it('refuses a connection over the per-address limit with 421 and closes it; other addresses still connect', async () => {
    for (let i = 0; i < Limits.connectionsPerClient; i++) await greeted('127.0.0.3');
    const refused = await connect('127.0.0.3');
    expect(refused.greeting.code).toBe(421);
    expect(refused.greeting.text).toMatch(/too many connections/i);
    await refused.closedByServer();
    expect((await connect('127.0.0.4')).greeting.code).toBe(220);

    open.shift()!.close();
    const again = await eventually(
      async () => {
        const client = await connect('127.0.0.3');
        return client.greeting.code === 220 ? client : undefined;
      },
      5_000,
      'a connection once one of the address closed',
    );
    expect(again.greeting.code).toBe(220);
  });

  it('refuses a connection over the total limit with 421 and closes it', async () => {
    const addresses = ['127.0.0.5', '127.0.0.5', '127.0.0.6', '127.0.0.6'];
    for (const address of addresses.slice(0, Limits.connections)) await greeted(address);
    const refused = await connect('127.0.0.7');
    expect(refused.greeting.code).toBe(421);
    expect(refused.greeting.text).toMatch(/too many connected clients/i);
    await refused.closedByServer();
  });

  it('holds an address to its messages per minute with 450 and a try-later text; another address is not held', async () => {
    const client = await greeted('127.0.0.8');
    for (let i = 0; i < Limits.messagesPerMinute; i++) {
      expect((await client.command('MAIL FROM:<kari@example.no>')).code).toBe(250);
      expect((await client.command('RSET')).code).toBe(250);
    }
    const held = await client.command('MAIL FROM:<kari@example.no>');
    expect(held.code).toBe(450);
    expect(held.text).toMatch(/too many messages.*try again later/i);

    await accepted(await greeted('127.0.0.9'), 'ola@example.no');
  });

  it('refuses recipients over the limit with 452, refused ones counted, and takes the message for the accepted ones', async () => {
    const client = await greeted('127.0.0.10');
    expect((await client.command('MAIL FROM:<kari@example.no>')).code).toBe(250);
    expect((await client.command('RCPT TO:<ukjent@altinn.example>')).code).toBe(550);
    expect((await client.command(`RCPT TO:<${support}>`)).code).toBe(250);
    const over = await client.command(`RCPT TO:<${servicedesk}>`);
    expect(over.code).toBe(452);
    expect(over.text).toMatch(/too many recipients/i);
    await dataAccepted(client);
  });

  it('refuses a message many times the size limit with 552 without taking it, and the connection goes on', async () => {
    const client = await greeted('127.0.0.11');
    expect((await client.command('MAIL FROM:<kari@example.no>')).code).toBe(250);
    expect((await client.command(`RCPT TO:<${support}>`)).code).toBe(250);
    const tooBig = messageId();
    const line = `${'x'.repeat(76)}\r\n`;
    expect((await client.data(mail(tooBig, line.repeat(Math.ceil((Limits.maxBytes * 20) / line.length))), 30_000)).code).toBe(552);

    await accepted(client);
    expect(received.filter((r) => r.key === inquiryIdFor('email', tooBig))).toEqual([]);
  });
});
