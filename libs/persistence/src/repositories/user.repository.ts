import { DataSource } from 'typeorm';
import type { Role } from '@inquiry-router/contracts';
import { UserEntity } from '../entities/user.entity';

export class UserRepository {
  constructor(private readonly db: DataSource) {}

  findByUsername(username: string): Promise<UserEntity | null> {
    return this.db.getRepository(UserEntity).findOneBy({ username });
  }

  /**
   * Creates or updates an account (the password hash is computed by the caller). The table refuses
   * no roles, `agency` beside another role, and an agency role without its agency.
   */
  async upsert(user: { username: string; passwordHash: string; roles: Role[]; agency?: string | null }): Promise<void> {
    await this.db.query(
      `INSERT INTO users (username, password_hash, roles, agency) VALUES ($1, $2, $3, $4)
       ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, roles = EXCLUDED.roles, agency = EXCLUDED.agency`,
      [user.username, user.passwordHash, user.roles, user.agency ?? null],
    );
  }
}
