import { readFileSync } from 'node:fs';
import * as net from 'node:net';

/** The lowest port handed out: below it sit the well-known and registered services people run. */
const LowestPort = 10_000;

/**
 * Ports at or above `LowestPort` that `fetch` refuses to connect to ("bad port", the Fetch
 * standard's list), so that tests and tools reaching an app by fetch can reach it on any port
 * handed out.
 */
const RefusedByFetch = new Set([10_080]);

/** Whether a port handed out can be reached by `fetch`. */
export function isReachableByFetch(port: number): boolean {
  return !RefusedByFetch.has(port);
}

/** Ports handed out by this process, so two callers never get the same one before either listens on it. */
const handedOut = new Set<number>();

/**
 * The first port the kernel gives outgoing connections (Linux's ip_local_port_range; 32768, its
 * default, elsewhere — below macOS's 49152 too).
 */
export function firstEphemeralPort(): number {
  try {
    const low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    if (Number.isInteger(low) && low > 0) return low;
  } catch {
    // not Linux: the common default
  }
  return 32_768;
}

/** Whether a listener could take `port` now on every address, as the apps listen. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '0.0.0.0', () => server.close(() => resolve(true)));
  });
}

/** A port the kernel picks among its ephemeral ones. */
function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * A TCP port that nothing listens on right now, for test and bench processes to listen on. Chosen
 * below the ephemeral range: a port from that range can be given to an outgoing connection (a
 * Kafka, Postgres or Redis client) between this check and the process's own listen, which then
 * fails with EADDRINUSE. Each port is handed out once per process. Where the ephemeral range
 * leaves too little room below it, the kernel picks.
 */
export async function freePort(): Promise<number> {
  return freePortRun(1);
}

/**
 * The first of `count` consecutive free ports (a process that listens on several, as a broker on its
 * client, controller and further listeners), all handed out, as `freePort` hands out one.
 */
export async function freePortRun(count: number): Promise<number> {
  const top = firstEphemeralPort() - count;
  if (top - LowestPort >= 1000) {
    for (let attempt = 0; attempt < 100; attempt++) {
      const first = LowestPort + Math.floor(Math.random() * (top - LowestPort + 1));
      const run = Array.from({ length: count }, (_, i) => first + i);
      if (run.some((port) => handedOut.has(port) || !isReachableByFetch(port))) continue;
      for (const port of run) handedOut.add(port); // before the check, so a concurrent caller cannot pick them meanwhile
      if ((await Promise.all(run.map(isPortFree))).every(Boolean)) return first;
      for (const port of run) handedOut.delete(port);
    }
  }
  return anyFreePortRun(count);
}

/** The kernel's pick among its ephemeral ports, where the ports after it are free too; handed out as the others are. */
async function anyFreePortRun(count: number): Promise<number> {
  for (;;) {
    const first = await anyFreePort();
    const run = Array.from({ length: count }, (_, i) => first + i);
    if (run[count - 1] > 65_535 || run.some((port) => handedOut.has(port) || !isReachableByFetch(port))) continue;
    for (const port of run) handedOut.add(port);
    if ((await Promise.all(run.slice(1).map(isPortFree))).every(Boolean)) return first;
    for (const port of run) handedOut.delete(port);
  }
}
