import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AppProcess } from '@inquiry-router/local-system';
import { eventually } from '@inquiry-router/testing';
import { AppSupervisor, RestartBackoff } from './app-supervisor';

// Real child processes (tiny scripts in place of an app's build), with delays of milliseconds.
describe('npm start keeping its apps running', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'app-supervisor-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** An app whose every start is recorded (epoch ms, one line each) and which then runs `body`. */
  function appRunning(name: string, body: string): { app: AppProcess; starts: () => number[] } {
    const startsFile = path.join(dir, `${name}.starts`);
    const script = path.join(dir, `${name}.js`);
    writeFileSync(script, `require('fs').appendFileSync(${JSON.stringify(startsFile)}, Date.now() + '\\n');\n${body}\n`);
    const app = new AppProcess('router', { PATH: process.env.PATH }, path.join(dir, `${name}.log`), () => undefined, script);
    const starts = () => {
      try {
        return readFileSync(startsFile, 'utf8').split('\n').filter(Boolean).map(Number);
      } catch {
        return [];
      }
    };
    return { app, starts };
  }

  /** Supervises the (started) apps, with what the supervisor says. */
  function supervising(apps: AppProcess[], backoff: RestartBackoff): { supervisor: AppSupervisor; said: string[] } {
    const said: string[] = [];
    const supervisor = new AppSupervisor(apps, (line) => said.push(line), backoff);
    apps.forEach((app) => app.start());
    supervisor.supervise();
    return { supervisor, said };
  }

  const until = (condition: () => boolean) => eventually(async () => (condition() ? true : undefined), 5000);

  it('restarts an app that exits, waiting twice as long each time up to the longest delay, and says so', async () => {
    const { app, starts } = appRunning('crashing', 'process.exit(3);');
    const { supervisor, said } = supervising([app], { firstMs: 100, longestMs: 400, resetAfterMs: 60_000 });
    await until(() => starts().length >= 5);
    await supervisor.stop();

    expect(said.slice(0, 4)).toEqual([
      'router exited (code 3); restarting it in 100 ms',
      'router exited (code 3); restarting it in 200 ms',
      'router exited (code 3); restarting it in 400 ms',
      'router exited (code 3); restarting it in 400 ms',
    ]);
    const startedAt = starts();
    const gaps = startedAt.slice(1, 5).map((at, i) => at - startedAt[i]);
    [100, 200, 400, 400].forEach((delay, i) => expect(gaps[i]).toBeGreaterThanOrEqual(delay));
  });

  it('restarts after the first delay again an app that ran a while before it exited', async () => {
    const { app, starts } = appRunning('late', 'setTimeout(() => process.exit(1), 150);');
    const { supervisor, said } = supervising([app], { firstMs: 50, longestMs: 1000, resetAfterMs: 100 });
    await until(() => starts().length >= 3);
    await supervisor.stop();
    expect(said.slice(0, 2)).toEqual(['router exited (code 1); restarting it in 50 ms', 'router exited (code 1); restarting it in 50 ms']);
  });

  it('stops the apps and restarts none once stopped, also one waiting for its restart', async () => {
    const running = appRunning('running', 'setInterval(() => undefined, 1000);');
    const crashing = appRunning('waiting', 'process.exit(2);');
    const { supervisor, said } = supervising([running.app, crashing.app], { firstMs: 60_000, longestMs: 60_000, resetAfterMs: 60_000 });
    await until(() => said.length === 1);

    const stoppedAt = Date.now();
    await supervisor.stop();
    expect(Date.now() - stoppedAt).toBeLessThan(5000);
    expect(await running.app.whenExited()).toBeNull(); // ended by SIGTERM
    await new Promise((r) => setTimeout(r, 200));
    expect(running.starts()).toHaveLength(1);
    expect(crashing.starts()).toHaveLength(1);
  });
});
