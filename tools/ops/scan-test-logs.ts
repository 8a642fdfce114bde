import * as fs from 'node:fs';
import * as path from 'node:path';
import { findPersonalData } from '@inquiry-router/runtime';
import { repoRoot } from '@inquiry-router/local-system';

/**
 * `npm test`'s last step: the apps' logs of the test run (test-artifacts/logs) must hold no national
 * identity number, email address or phone number in clear. `--start` marks the start of a run, so
 * only the logs written since are read (the folder keeps earlier runs'); prints file:line of each
 * finding and exits 1 if there is any.
 */
const folder = path.join(repoRoot(), 'test-artifacts/logs');
const marker = path.join(folder, '.run-started');

if (process.argv.includes('--start')) {
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(marker, new Date().toISOString());
} else {
  const since = fs.existsSync(marker) ? fs.statSync(marker).mtimeMs : 0;
  const logs = fs.existsSync(folder)
    ? fs.readdirSync(folder).filter((name) => name.endsWith('.log') && fs.statSync(path.join(folder, name)).mtimeMs >= since)
    : [];
  const findings = logs.flatMap((name) =>
    fs
      .readFileSync(path.join(folder, name), 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        findPersonalData(line).map(({ kind, found }) => `test-artifacts/logs/${name}:${index + 1}: ${kind} in clear: ${found}`),
      ),
  );
  for (const finding of findings) console.error(finding);
  console.log(
    `${logs.length} log files of the test run read: ${findings.length ? `${findings.length} personal data in clear` : 'no personal data in clear'}`,
  );
  process.exitCode = findings.length ? 1 : 0;
}
