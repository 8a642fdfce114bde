import * as fs from 'node:fs';
import * as path from 'node:path';
import { maskText } from '@inquiry-router/runtime';
import { repoRoot } from '@inquiry-router/local-system';

/** How many warnings and errors of one app log a failed file prints: the latest, where the cause usually is. */
const linesPerLog = 20;
const widestLine = 400;

/**
 * The warnings and errors of the app logs in `folder` written from `sinceMs` on, one block per
 * log, each line shortened to time, level, where and message (personal data masked once more,
 * in case an app logged some in clear), then the log's last line if it is not one of them: a
 * silent app is seen as silent, and where it stopped.
 */
export function appLogWarnings(folder: string, sinceMs: number): string[] {
  if (!fs.existsSync(folder)) return [];
  const logs = fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.log') && fs.statSync(path.join(folder, name)).mtimeMs >= sinceMs)
    .sort();
  return logs.flatMap((name) => {
    const entries = fs.readFileSync(path.join(folder, name), 'utf8').split('\n').filter(Boolean).map(entryOf);
    const warnings = entries.filter((entry) => entry.warning);
    const shown = warnings.slice(-linesPerLog);
    const last = entries.at(-1);
    const header =
      warnings.length === 0
        ? `${name}: ${count(entries.length, 'line')}, no warnings or errors`
        : `${name}: ${count(warnings.length, 'warning or error', 'warnings and errors')}${warnings.length > shown.length ? `, the last ${shown.length}` : ''}`;
    return [header, ...shown.map((entry) => entry.text), ...(last && !last.warning ? [`  last: ${last.text.trimStart()}`] : [])];
  });
}

/** A log line shortened; a line that is not JSON (a crash's stack) counts as an error. */
function entryOf(line: string): { warning: boolean; text: string } {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return { warning: true, text: shorten(`  ${line}`) };
  }
  const level = String(entry.level);
  const err = entry.err as { message?: string } | undefined;
  const where = [entry.context, entry.component, entry.group].filter((part) => typeof part === 'string').join(' ');
  return {
    warning: level === 'warn' || level === 'error' || level === 'fatal',
    text: shorten(`  ${String(entry.time)} ${level} ${where}: ${String(entry.msg)}${err?.message ? ` (${err.message})` : ''}`),
  };
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function shorten(line: string): string {
  const masked = maskText(line);
  return masked.length > widestLine ? `${masked.slice(0, widestLine)}…` : masked;
}

interface FileResult {
  testFilePath: string;
  numFailingTests: number;
  testExecError?: unknown;
  perfStats: { start: number };
}

/**
 * A jest reporter (jest.config.js): when a test file fails, prints the warnings and errors of the
 * apps it ran (test-artifacts/logs, the logs written while it ran; the run is in band, so they
 * are its own). CI keeps only what the run printed, and an integration test that times out
 * waiting for the apps says nothing of why.
 */
export default class AppLogsOfFailedTests {
  private readonly folder: string;
  private readonly print: (text: string) => void;

  /** Jest passes its global config and the reporter's options; the options serve the reporter's own spec. */
  constructor(_globalConfig?: unknown, options: { folder?: string; print?: (text: string) => void } = {}) {
    this.folder = options.folder ?? path.join(repoRoot(), 'test-artifacts/logs');
    this.print = options.print ?? ((text) => process.stderr.write(text));
  }

  onTestResult(_test: unknown, result: FileResult): void {
    if (result.numFailingTests === 0 && !result.testExecError) return;
    const lines = appLogWarnings(this.folder, result.perfStats.start);
    if (lines.length === 0) return;
    const file = path.relative(repoRoot(), result.testFilePath);
    this.print(`\nApp logs of ${file} (test-artifacts/logs):\n${lines.join('\n')}\n\n`);
  }
}
