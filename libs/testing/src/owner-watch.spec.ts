import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { stopWhenOwnerEnds } from './owner-watch';

// Real processes (`sleep`) stand for the test run and for the server it started.
describe('stopping what a test started once the test process ends', () => {
  const started: ChildProcess[] = [];
  const aProcess = () => {
    const p = spawn('sleep', ['600'], { stdio: 'ignore' });
    started.push(p);
    return p;
  };
  afterEach(() => started.splice(0).forEach((p) => p.kill('SIGKILL')));

  it('stops the server when its owner is killed outright', async () => {
    const owner = aProcess();
    const server = aProcess();
    stopWhenOwnerEnds(`kill -0 ${server.pid} 2>/dev/null`, `kill -TERM ${server.pid}`, owner.pid);
    const ended = once(server, 'exit');

    owner.kill('SIGKILL');
    const [, signal] = (await ended) as [number | null, NodeJS.Signals | null];
    expect(signal).toBe('SIGTERM');
  });

  it('ends the watch, stopping nothing, once the server is gone while the owner runs on', async () => {
    const owner = aProcess();
    const server = aProcess();
    const watch = stopWhenOwnerEnds(`kill -0 ${server.pid} 2>/dev/null`, `kill -TERM ${owner.pid}`, owner.pid);
    const watchEnded = once(watch, 'exit');

    server.kill('SIGKILL');
    expect(await watchEnded).toEqual([0, null]);
    expect(owner.exitCode).toBeNull();
    expect(owner.signalCode).toBeNull();
  });
});
