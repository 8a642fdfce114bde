import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LocalSinks } from './local-sinks';

describe('reading the local sinks', () => {
  it('says they are not running when LOCAL_SINKS_URL is unset', async () => {
    expect(await new LocalSinks(undefined).recent(10)).toEqual({
      state: 'not-running',
      reason: expect.stringMatching(/LOCAL_SINKS_URL is not set/),
      records: [],
    });
  });

  it('says they did not answer when nothing listens there, or something else does', async () => {
    const server = createServer((_req, res) => res.writeHead(404, { 'content-type': 'application/json' }).end('{}'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect(await new LocalSinks(url).recent(10)).toMatchObject({
        state: 'unreachable',
        reason: `the local sinks at ${url} did not answer: answered 404`,
      });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(await new LocalSinks(url).recent(10)).toMatchObject({ state: 'unreachable', reason: expect.stringContaining('did not answer') });
  });
});
