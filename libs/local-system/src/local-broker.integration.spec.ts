import { ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { freePortRun, isPortFree } from './free-port';
import { repoRoot } from './repo-root';

// Integration: real Kafka brokers of this test's own (deploy/kafka/broker.sh on free ports, in a
// temporary data folder); the shared broker is not touched.
const run = promisify(execFile);
const brokerScript = path.join(repoRoot(), 'deploy/kafka/broker.sh');

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !(await condition());) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A process that only waits to be killed: the owner a broker is started for. */
function anOwner(): ChildProcess {
  return spawn('sleep', ['600'], { stdio: 'ignore' });
}

describe("the local broker's owner (KAFKA_LOCAL_OWNER_PID)", () => {
  let data: string;
  let port: number;
  const owners: ChildProcess[] = [];
  const broker = (command: 'start' | 'stop', owner?: ChildProcess) =>
    run('bash', [brokerScript, command], {
      env: {
        ...process.env,
        KAFKA_LOCAL_PORT: String(port),
        KAFKA_LOCAL_DATA: data,
        KAFKA_LOCAL_OWNER_PID: owner ? String(owner.pid) : '',
      },
      timeout: 180_000,
    });
  const owned = () => {
    const owner = anOwner();
    owners.push(owner);
    return owner;
  };
  const answers = async () => !(await isPortFree(port));

  beforeEach(async () => {
    data = mkdtempSync(path.join(tmpdir(), 'ir-owned-broker-'));
    port = await freePortRun(2);
  });

  afterEach(async () => {
    await broker('stop').catch(() => undefined);
    for (const owner of owners.splice(0)) owner.kill('SIGKILL');
    rmSync(data, { recursive: true, force: true });
  });

  it('stops the broker once its owner is killed without stopping it', async () => {
    const owner = owned();
    await broker('start', owner);
    expect(await answers()).toBe(true);

    owner.kill('SIGKILL');
    // Stopped as `broker.sh stop` stops it: the process gone, then its pid file.
    await until(async () => !(await answers()) && !existsSync(path.join(data, 'broker.pid')), 'the broker stops after its owner');
  }, 240_000);

  it('leaves alone a broker started later on the same data, after the owner’s own was stopped', async () => {
    const first = owned();
    await broker('start', first);
    await broker('stop');
    await broker('start', owned());

    first.kill('SIGKILL');
    // The first owner's watch checks every second; give it several.
    await new Promise((r) => setTimeout(r, 4_000));
    expect(await answers()).toBe(true);
  }, 360_000);
});
