// Unit: app logs written into a temporary folder; nothing running.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import AppLogsOfFailedTests, { appLogWarnings } from './app-logs-of-failed-tests';

describe('the app logs a failed test file prints', () => {
  let folder: string;
  const write = (name: string, entries: (Record<string, unknown> | string)[], mtime?: Date) => {
    const file = path.join(folder, name);
    fs.writeFileSync(file, entries.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))).join('\n') + '\n');
    if (mtime) fs.utimesSync(file, mtime, mtime);
  };

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'app-logs-'));
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('keeps the warnings and errors of the logs written since the file started, shortened and masked', () => {
    const since = Date.now() - 1000;
    write('abc-router.log', [
      { level: 'info', time: 't1', msg: 'router listening' },
      { level: 'warn', time: 't2', component: 'consumer', group: 'router', msg: 'retrying', err: { message: 'deadlock detected' } },
      { level: 'error', time: 't3', context: 'Outbox', msg: 'could not reach kari@example.no at +4791234567' },
      'TypeError: cannot read properties of undefined',
    ]);
    write('abc-classifier.log', [{ level: 'info', time: 't1', msg: 'classifier listening' }]);
    write('old-workdesk.log', [{ level: 'error', time: 't0', msg: 'from an earlier file' }], new Date(since - 60_000));

    expect(appLogWarnings(folder, since)).toEqual([
      'abc-classifier.log: 1 line, no warnings or errors',
      '  last: t1 info : classifier listening',
      'abc-router.log: 3 warnings and errors',
      '  t2 warn consumer router: retrying (deadlock detected)',
      '  t3 error Outbox: could not reach k***@example.no at ***67',
      '  TypeError: cannot read properties of undefined',
    ]);
  });

  it('shows the latest 20 of a log with more', () => {
    write(
      'abc-router.log',
      Array.from({ length: 25 }, (_, i) => ({ level: 'warn', time: `t${i}`, msg: `warning ${i}` })),
    );
    const lines = appLogWarnings(folder, 0);
    expect(lines[0]).toBe('abc-router.log: 25 warnings and errors, the last 20');
    expect(lines.slice(1).map((l) => l.trim())).toEqual(Array.from({ length: 20 }, (_, i) => `t${i + 5} warn : warning ${i + 5}`));
  });

  it('prints nothing for a file that passed, and the logs for one that failed', () => {
    const printed: string[] = [];
    write('abc-router.log', [{ level: 'error', time: 't1', msg: 'broken' }]);
    const reporter = new AppLogsOfFailedTests(undefined, { folder, print: (text) => printed.push(text) });
    const result = { testFilePath: path.join(folder, 'x.integration.spec.ts'), perfStats: { start: 0 } };
    reporter.onTestResult(undefined, { ...result, numFailingTests: 0 });
    expect(printed).toEqual([]);
    reporter.onTestResult(undefined, { ...result, numFailingTests: 1 });
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(
      /App logs of .*x\.integration\.spec\.ts[^\n]*\nabc-router\.log: 1 warning or error\n {2}t1 error : broken\n/,
    );
    reporter.onTestResult(undefined, { ...result, numFailingTests: 0, testExecError: new Error('beforeAll failed') });
    expect(printed).toHaveLength(2);
  });
});
