import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why an inquiry was linked to an incident, as reason codes with their values (`explanation_codes`)
 * beside the English text, so the incident box on the inquiry page speaks the adviser's language as
 * the decision's reasons do. Null for a link made before: the console shows its English text then.
 */
export class IncidentLinkReasonCodes1733000130410 implements MigrationInterface {
  name = 'IncidentLinkReasonCodes1733000130410';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE incident_links ADD COLUMN explanation_codes jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE incident_links DROP COLUMN explanation_codes`);
  }
}
