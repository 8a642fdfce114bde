import { MigrationInterface, QueryRunner } from 'typeorm';
import { releaseDefaultPolicy, withdrawDefaultPolicy } from './default-policy-release';

/**
 * Released default policy 2026-12-05.1 (the repeat-contact rule and the second line's broader text
 * signals). It publishes the default the code holds, so on a database made later it is the newer
 * default's release, already done by the seed.
 */
export class DefaultPolicy20261205_1733000120000 implements MigrationInterface {
  name = 'DefaultPolicy20261205_1733000120000';

  async up(q: QueryRunner): Promise<void> {
    await releaseDefaultPolicy(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await withdrawDefaultPolicy(q);
  }
}
