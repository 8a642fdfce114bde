import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import integrationSetup from '../../tools/test-setup/global-setup';

/**
 * The e2e project's global setup: a Chromium (found, or installed from Debian's package by
 * e2e/setup/ensure-chromium.sh, idempotent), then what every integration test needs (the real
 * broker, Postgres and Redis; the test database migrated).
 */
export default async function globalSetup(): Promise<void> {
  process.env.CHROMIUM_PATH = execFileSync('bash', [path.join(__dirname, '../setup/ensure-chromium.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
  await integrationSetup();
}
