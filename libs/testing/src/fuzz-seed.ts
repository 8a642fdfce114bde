import { randomInt } from 'node:crypto';

/**
 * The seed a fuzz test draws its cases from: `FUZZ_SEED` when it is set, to repeat a run exactly,
 * otherwise a fresh random one, so that every run tries new cases. Name it in the test's title
 * (`FUZZ_SEED=…`), where jest shows it with any failure.
 */
export function fuzzSeed(): number {
  const given = process.env.FUZZ_SEED;
  if (given === undefined || given === '') return randomInt(2 ** 31);
  const seed = Number(given);
  if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, not "${given}"`);
  return seed;
}
