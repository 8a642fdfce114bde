import * as path from 'node:path';

/** Stops the broker only if the test setup started it. */
export default async function globalTeardown(): Promise<void> {
  if (process.env.TEST_STARTED_BROKER !== '1') return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a path computed at run time, into the build
  const infra = require(
    path.resolve(__dirname, '../../dist/libs/local-system/src/index.js'),
  ) as typeof import('../../libs/local-system/src');
  await infra.stopLocalBroker();
}
