import { DataSource } from 'typeorm';

/** One user's read of some inquiries' personal data, through one endpoint. */
export interface PersonalDataRead {
  at: Date;
  actor: string;
  roles: readonly string[];
  /** What was read through: 'inquiry', 'earlier-contacts', 'search', 'agency-inquiry', … */
  via: string;
  inquiryIds: readonly string[];
}

/** One logged read of one inquiry. */
export interface PersonalDataReadRecord {
  at: Date;
  actor: string;
  roles: string[];
  inquiryId: string;
  inquirerId: string | null;
  via: string;
}

/**
 * The log of who read which inquiry's personal data (`personal_data_reads`): one row per inquiry
 * read, naming the inquiry's person at the time of the read.
 */
export class PersonalDataReadRepository {
  constructor(private readonly db: DataSource) {}

  async record(read: PersonalDataRead): Promise<void> {
    const ids = [...new Set(read.inquiryIds)];
    if (ids.length === 0) return;
    await this.db.query(
      `INSERT INTO personal_data_reads (at, actor, roles, inquiry_id, inquirer_id, via)
       SELECT $1, $2, $3::text[], x.id, i.inquirer_id, $4
         FROM unnest($5::text[]) WITH ORDINALITY AS x(id, n) LEFT JOIN inquiries i ON i.id = x.id
        ORDER BY x.n`,
      [read.at, read.actor, read.roles, read.via, ids],
    );
  }

  /**
   * The reads of a person's personal data, newest first: of the inquiries that are theirs now,
   * and those recorded under them (an inquiry since moved to another person, or deleted).
   */
  async readsOf(inquirerId: string, limit: number): Promise<PersonalDataReadRecord[]> {
    const rows: { at: Date; actor: string; roles: string[]; inquiry_id: string; inquirer_id: string | null; via: string }[] =
      await this.db.query(
        `SELECT at, actor, roles, inquiry_id, inquirer_id, via FROM personal_data_reads
          WHERE inquirer_id = $1::uuid OR inquiry_id IN (SELECT id FROM inquiries WHERE inquirer_id = $1::uuid)
          ORDER BY at DESC, id DESC LIMIT $2`,
        [inquirerId, limit],
      );
    return rows.map((r) => ({ at: r.at, actor: r.actor, roles: r.roles, inquiryId: r.inquiry_id, inquirerId: r.inquirer_id, via: r.via }));
  }
}
