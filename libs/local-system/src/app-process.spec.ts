import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AppProcess } from './app-process';

const MB = 1024 * 1024;

// A real child process (a tiny script in place of an app's build) whose memory is known.
const describeOnLinux = process.platform === 'linux' ? describe : describe.skip;

describeOnLinux("an app process's peak resident set", () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'app-process-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Starts a script that fills `mb` megabytes (touching every page, so they are resident), says so, then frees them and idles. */
  async function appHaving(mb: number): Promise<AppProcess> {
    const script = path.join(dir, `fill-${mb}.js`);
    writeFileSync(
      script,
      `let filled = Buffer.alloc(${mb} * 1024 * 1024, 1);\n` +
        `console.log('filled ' + filled.length);\n` +
        `filled = null;\n` +
        `setInterval(() => undefined, 1000);\n`,
    );
    let said: () => void = () => undefined;
    const filled = new Promise<void>((resolve) => (said = resolve));
    const app = new AppProcess(
      'router',
      { PATH: process.env.PATH },
      path.join(dir, `fill-${mb}.log`),
      (line) => line.startsWith('filled') && said(),
      script,
    );
    app.start();
    await filled;
    return app;
  }

  it('is at least what the app filled while it runs, and is kept after it was stopped', async () => {
    const app = await appHaving(80);
    const running = app.peakResidentBytes()!;
    expect(running).toBeGreaterThanOrEqual(80 * MB);
    // Node itself is some tens of MB; more than a few hundred on top of 80 would not be this script's.
    expect(running).toBeLessThan(400 * MB);

    await app.stop();
    expect(app.peakResidentBytes()).toBeGreaterThanOrEqual(running);
    expect(app.peakResidentBytes()).toBeLessThan(400 * MB);
  });

  it('is the app process itself: one that fills little peaks well below one that fills much', async () => {
    const small = await appHaving(1);
    const large = await appHaving(120);
    try {
      expect(large.peakResidentBytes()! - small.peakResidentBytes()!).toBeGreaterThanOrEqual(100 * MB);
    } finally {
      await Promise.all([small.stop(), large.stop()]);
    }
  });

  it('is unknown for an app that never started', () => {
    expect(new AppProcess('router', {}, path.join(dir, 'never.log')).peakResidentBytes()).toBeUndefined();
  });
});
