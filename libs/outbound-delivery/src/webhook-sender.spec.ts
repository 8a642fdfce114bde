import { randomBytes } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { sendWebhook } from './webhook-sender';

describe('sendWebhook', () => {
  const received: string[] = [];
  let answer = { status: 204, body: '' };
  const server: Server = createServer((req, res) => {
    received.push(`${req.method} ${req.url} ${String(req.headers['webhook-id'])}`);
    req.resume();
    res.writeHead(answer.status).end(answer.body);
  });
  let port: number;
  const endpoint = (host: string) => ({
    url: `http://${host}:${port}/hooks/skd?token=abc`,
    secret: `whsec_${randomBytes(32).toString('base64')}`,
  });
  const message = { id: 'delivery-1', body: '{"type":"inquiry.forwarded.v1"}', at: new Date() };

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => {
    received.length = 0;
    answer = { status: 204, body: '' };
  });

  it('outside production delivers to a local address', async () => {
    await sendWebhook(endpoint('127.0.0.1'), message, { timeoutMs: 2000, publicOnly: false });
    expect(received).toEqual(['POST /hooks/skd?token=abc delivery-1']);
  });

  it('keeps only the status code of a failed answer, never its body', async () => {
    answer = { status: 500, body: 'db at 10.0.0.5:5432 refused: password authentication failed' };
    const attempt = sendWebhook(endpoint('127.0.0.1'), message, { timeoutMs: 2000, publicOnly: false });
    await expect(attempt).rejects.toThrow(`webhook http://127.0.0.1:${port}/hooks/skd: HTTP 500`);
    await expect(attempt).rejects.not.toThrow(/10\.0\.0\.5|password/);
  });

  it('in production sends nothing to a loopback address, as an IP, as IPv4 written as IPv6, or as a name', async () => {
    const production = { timeoutMs: 2000, publicOnly: true };
    await expect(sendWebhook(endpoint('127.0.0.1'), message, production)).rejects.toThrow(
      `webhook http://127.0.0.1:${port}/hooks/skd: not sent, 127.0.0.1 is a loopback address (webhooks go to public addresses only)`,
    );
    await expect(sendWebhook(endpoint('[::ffff:127.0.0.1]'), message, production)).rejects.toThrow(/not sent, .* is a loopback address/);
    await expect(sendWebhook(endpoint('localhost'), message, production)).rejects.toThrow(
      /not sent, localhost resolves to .*, a loopback address/,
    );
    expect(received).toEqual([]);
  });
});
