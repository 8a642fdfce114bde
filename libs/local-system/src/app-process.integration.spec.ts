import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { Topics } from '@inquiry-router/contracts';
import { eventually, TestPipeline } from '@inquiry-router/testing';
import { repoRoot } from './repo-root';

// Integration: real Kafka broker, Postgres (test database) and Redis; the router runs as a real
// process from dist/, started through AppProcess by a supervisor process of this test's own (as
// `npm start` starts its apps), which the test then kills outright.
const describeOnLinux = process.platform === 'linux' ? describe : describe.skip;

/** Whether the process has ended: gone, or a zombie nobody has reaped yet (Linux: /proc). */
function ended(pid: number): boolean {
  try {
    return /^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

describeOnLinux('an app whose supervisor is killed outright', () => {
  const pipeline = new TestPipeline();
  const dir = mkdtempSync(path.join(tmpdir(), 'orphaned-app-'));
  let appPid: number | undefined;
  beforeAll(() => pipeline.setUp());
  afterAll(async () => {
    if (appPid !== undefined && !ended(appPid)) process.kill(appPid, 'SIGKILL');
    await pipeline.tearDown();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stops by itself as on SIGTERM, leaving its consumer group and freeing its port', async () => {
    const logFile = path.join(dir, 'router.log');
    const script = path.join(dir, 'supervisor.js');
    writeFileSync(
      script,
      `const { AppProcess } = require(${JSON.stringify(path.join(repoRoot(), 'dist/libs/local-system/src/index.js'))});\n` +
        `const app = new AppProcess('router', JSON.parse(process.env.APP_ENV), ${JSON.stringify(logFile)});\n` +
        `app.start();\n` +
        `app.waitUntilReady(60000).then(() => console.log('ready ' + app.child.pid), (e) => { console.error(e.message); process.exit(1); });\n`,
    );
    const supervisor = spawn(process.execPath, [script], {
      env: { ...process.env, APP_ENV: JSON.stringify(pipeline.appEnv) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    appPid = await new Promise<number>((resolve, reject) => {
      readline.createInterface({ input: supervisor.stdout }).on('line', (line) => {
        const ready = /^ready (\d+)$/.exec(line);
        if (ready) resolve(Number(ready[1]));
      });
      supervisor.once('exit', (code) => reject(new Error(`the supervisor exited (${code}) before the router was ready`)));
    });
    const live = pipeline.url('router', '/health/live');
    expect((await fetch(live)).status).toBe(200);
    const members = () => pipeline.assignments('router', Topics.InquiryClassified);
    await eventually(async () => ((await members()).length === 1 ? true : undefined), 30_000, 'the router in its consumer group');

    supervisor.kill('SIGKILL');
    const pid = appPid;
    await eventually(async () => (ended(pid) ? true : undefined), 30_000, 'the router ends after its supervisor');
    await expect(fetch(live)).rejects.toThrow();
    // As on SIGTERM, it left its consumer group on the way out (its log went with the supervisor's
    // pipe): one that had crashed would stay a member until its session timed out (30 s).
    expect(await members()).toEqual([]);
  }, 120_000);
});
