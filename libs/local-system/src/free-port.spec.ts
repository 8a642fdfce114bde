import * as net from 'node:net';
import { firstEphemeralPort, freePort, freePortRun, isPortFree, isReachableByFetch } from './free-port';

function listenOn(port: number): Promise<net.Server> {
  const server = net.createServer();
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '0.0.0.0', () => resolve(server));
  });
}

describe('freePort', () => {
  it('hands out ports below the range the kernel gives outgoing connections, each once, and each can be listened on', async () => {
    const ports = await Promise.all(Array.from({ length: 200 }, () => freePort()));
    expect(new Set(ports).size).toBe(ports.length);
    expect(ports.every((port) => port >= 10_000 && port < firstEphemeralPort())).toBe(true);

    const server = await listenOn(ports[0]);
    await new Promise((resolve) => server.close(resolve));
  });
});

describe('freePortRun', () => {
  it('hands out runs of consecutive free ports that overlap neither each other nor single ports', async () => {
    const [runs, singles] = await Promise.all([
      Promise.all(Array.from({ length: 50 }, () => freePortRun(3))),
      Promise.all(Array.from({ length: 50 }, () => freePort())),
    ]);
    const all = [...runs.flatMap((first) => [first, first + 1, first + 2]), ...singles];
    expect(new Set(all).size).toBe(all.length);
    expect(runs.every((first) => first >= 10_000 && first + 2 < firstEphemeralPort())).toBe(true);
    expect(await Promise.all([0, 1, 2].map((i) => isPortFree(runs[0] + i)))).toEqual([true, true, true]);
  });
});

describe('isPortFree', () => {
  it('says a port taken by a listener is not free, and free again once it closes', async () => {
    const port = await freePort();
    const server = await listenOn(port);
    expect(await isPortFree(port)).toBe(false);
    await new Promise((resolve) => server.close(resolve));
    expect(await isPortFree(port)).toBe(true);
  });
});

describe('isReachableByFetch', () => {
  it('leaves out the port fetch refuses to connect to, which an app could otherwise be given', async () => {
    await expect(fetch('http://127.0.0.1:10080/')).rejects.toMatchObject({ cause: { message: 'bad port' } });
    expect(isReachableByFetch(10_080)).toBe(false);
    expect(isReachableByFetch(10_081)).toBe(true);
  });
});
