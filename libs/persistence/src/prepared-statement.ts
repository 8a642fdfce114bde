import { createHash } from 'node:crypto';
import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * One statement of a hot path as a named prepared statement: each pooled connection sends its text
 * and has Postgres parse and plan it once, then only binds values. For a claim's two statements,
 * whose long texts (CTEs, JSON aggregates) cost Postgres more to parse and plan than to run. The
 * name carries a hash of the text, so a text that changes (another build, another guard) is
 * another statement, never a clash with one the connection already prepared.
 */
export class PreparedStatement {
  private readonly name: string;

  constructor(
    label: string,
    private readonly text: string,
  ) {
    this.name = `${label}-${createHash('sha1').update(text).digest('hex').slice(0, 12)}`;
  }

  async rows<T extends QueryResultRow>(db: DataSource, values: readonly unknown[]): Promise<T[]> {
    // TypeORM's query() takes text only; its pool is pg's, the same connections and type parsers.
    const pool = (db.driver as PostgresDriver).master as Pool;
    const result = await pool.query<T>({ name: this.name, text: this.text, values: [...values] });
    return result.rows;
  }
}
