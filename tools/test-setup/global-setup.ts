import * as path from 'node:path';
import { assertTestDatabase, testDatabaseUrl, testRedisUrl } from '../../libs/testing/src/test-env';

// Jest does not apply moduleNameMapper to globalSetup, so this uses the build `npm test` makes first.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a path computed at run time, into the build
const infra = require(path.resolve(__dirname, '../../dist/libs/local-system/src/index.js')) as typeof import('../../libs/local-system/src');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a path computed at run time, into the build
const training = require(path.resolve(__dirname, '../../dist/tools/training/train-model.js')) as typeof import('../training/train-model');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a path computed at run time, into the build
const { createLogger } = require(
  path.resolve(__dirname, '../../dist/libs/runtime/src/index.js'),
) as typeof import('../../libs/runtime/src');

/**
 * The integration tests' global setup (jest.config.js): makes sure the real broker, Postgres and
 * Redis are there, the test database is migrated and a text model is active. It lives with the
 * tools that prepare the same services for `npm start`, and is kept out of the build.
 */
export default async function globalSetup(): Promise<void> {
  const log = createLogger('test-setup', 'warn', true);
  assertTestDatabase(testDatabaseUrl);
  await infra.checkPostgres(testDatabaseUrl);
  await infra.checkRedis(testRedisUrl);
  if (!process.env.KAFKA_BROKERS) {
    if (!(await infra.localBrokerAnswers())) {
      await infra.startLocalBroker(log);
      process.env.TEST_STARTED_BROKER = '1';
    }
    process.env.KAFKA_BROKERS = '127.0.0.1:9092';
  }
  await infra.migrate(testDatabaseUrl, log);
  await infra.purgeOldTestData(testDatabaseUrl);
  // The shared test database keeps what earlier runs left in the development adviser's hands:
  // give it room, so its capacity never depends on how many runs came before.
  await infra.seedDevelopmentUsers(testDatabaseUrl, 'test', { adviserCapacity: { phone: 1000, email: 1000, social: 1000 } });
  // Corrections in the test database were made by earlier test runs: they must not teach this one.
  await training.ensureTextModel(testDatabaseUrl, log, { withCorrections: false });
  process.env.DATABASE_URL = testDatabaseUrl;
  process.env.REDIS_URL = testRedisUrl;
}
