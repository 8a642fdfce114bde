import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LocalSinks } from './local-sinks';

describe('reading the local sinks', () => {
  it('says they are not running when LOCAL_SINKS_URL is unset', async () => {
    const answer = await new LocalSinks(undefined).recent(10);
    expect(answer).toMatchObject({ state: 'not-running', records: [] });
    expect('reason' in answer && answer.reason).toMatch(/LOCAL_SINKS_URL is not set/);
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
    const closed = await new LocalSinks(url).recent(10);
    expect(closed.state).toBe('unreachable');
    expect('reason' in closed && closed.reason).toMatch(/^the local sinks at .* did not answer: /);
  });
});
