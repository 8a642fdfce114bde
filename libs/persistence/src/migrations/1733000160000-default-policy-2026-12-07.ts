import { MigrationInterface, QueryRunner } from 'typeorm';
import { releaseDefaultPolicy, withdrawDefaultPolicy } from './default-policy-release';

/**
 * Releases default policy 2026-12-07.1: the welfare benefits' words match their inflected forms
 * ("sykepengene", "dagpengane", not only "sykepenger…"), so a question about sick pay in the
 * definite form reaches NAV instead of the first line.
 */
export class DefaultPolicy20261207_1733000160000 implements MigrationInterface {
  name = 'DefaultPolicy20261207_1733000160000';

  async up(q: QueryRunner): Promise<void> {
    await releaseDefaultPolicy(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await withdrawDefaultPolicy(q);
  }
}
