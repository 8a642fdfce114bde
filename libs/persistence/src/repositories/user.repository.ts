import { DataSource } from 'typeorm';
import type { Role } from '@inquiry-router/contracts';
import { UserEntity } from '../entities/user.entity';

export class UserRepository {
  constructor(private readonly db: DataSource) {}

  findByUsername(username: string): Promise<UserEntity | null> {
    return this.db.getRepository(UserEntity).findOneBy({ username });
  }

  /** Creates or updates an account (the password hash is computed by the caller). */
  async upsert(user: { username: string; passwordHash: string; role: Role; agency?: string | null }): Promise<void> {
    await this.db.query(
      `INSERT INTO users (username, password_hash, role, agency) VALUES ($1, $2, $3, $4)
       ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = EXCLUDED.role, agency = EXCLUDED.agency`,
      [user.username, user.passwordHash, user.role, user.agency ?? null],
    );
  }
}
