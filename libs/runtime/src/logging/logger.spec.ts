import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pinoHttp from 'pino-http';
import { maskUrl, requestLogOptions } from './logger';

describe('maskUrl', () => {
  it('hides secret query parameters and keeps the rest', () => {
    expect(maskUrl('/webhooks/meta?hub.mode=subscribe&hub.verify_token=s3cret&hub.challenge=42')).toBe(
      '/webhooks/meta?hub.mode=subscribe&hub.verify_token=***&hub.challenge=42',
    );
    expect(maskUrl('/x?crc_token=abc&access_token=def')).toBe('/x?crc_token=***&access_token=***');
  });

  it('masks personal data in paths', () => {
    expect(maskUrl('/api/users/kari@example.no')).toBe('/api/users/k***@example.no');
  });
});

describe('the request log', () => {
  // A real HTTP server with pino-http as the apps run it, its lines caught as written.
  async function requestLines(
    handle: (req: IncomingMessage, res: ServerResponse) => void,
    paths: string[],
  ): Promise<Record<string, unknown>[]> {
    const lines: Record<string, unknown>[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    const log = pinoHttp(requestLogOptions('test', 'info'), destination);
    const server = createServer((req, res) => {
      log(req, res);
      handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      for (const path of paths) await (await fetch(`http://127.0.0.1:${port}${path}`)).text();
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    return lines;
  }

  it('gives each request its status, and its URL with personal data and secrets masked', async () => {
    const lines = await requestLines(
      (req, res) => {
        res.statusCode = req.url?.startsWith('/missing') ? 404 : 200;
        res.end('{}');
      },
      ['/api/users/kari@example.no?access_token=abc', '/missing'],
    );
    expect(lines.map((l) => [l.msg, l.req, l.res])).toEqual([
      ['request completed', { id: 1, method: 'GET', url: '/api/users/k***@example.no?access_token=***' }, { statusCode: 200 }],
      ['request completed', { id: 2, method: 'GET', url: '/missing' }, { statusCode: 404 }],
    ]);
  });

  it('logs a failed request as an error with its status', async () => {
    const lines = await requestLines(
      (_req, res) => {
        res.statusCode = 500;
        res.end('{}');
      },
      ['/boom'],
    );
    expect(lines.map((l) => [l.level, l.msg, l.res, (l.err as { message?: string } | undefined)?.message])).toEqual([
      ['error', 'request errored', { statusCode: 500 }, 'failed with status code 500'],
    ]);
  });
});
