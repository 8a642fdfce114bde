import * as net from 'node:net';
import { firstEphemeralPort, freePort } from './free-port';

describe('freePort', () => {
  it('hands out ports below the range the kernel gives outgoing connections, each once, and each can be listened on', async () => {
    const ports = await Promise.all(Array.from({ length: 200 }, () => freePort()));
    expect(new Set(ports).size).toBe(ports.length);
    expect(ports.every((port) => port >= 10_000 && port < firstEphemeralPort())).toBe(true);

    const server = net.createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(ports[0], '0.0.0.0', resolve);
    });
    await new Promise((resolve) => server.close(resolve));
  });
});
