/**
 * Where integration tests find the real services. Tests have their own database (its name must
 * say it is for tests), their own Redis database and their own topic prefix, so they never touch
 * what `npm start` runs.
 */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/inquiry_router_test';
export const testRedisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/15';

export function assertTestDatabase(url: string): void {
  const name = new URL(url).pathname.slice(1);
  if (!/test/.test(name)) throw new Error(`refusing to run tests against database "${name}": its name must contain "test"`);
}
