import { Injectable } from '@nestjs/common';
import { compare, hashSync } from 'bcryptjs';
import { DomainError, type LoginView } from '@inquiry-router/contracts';
import { UserDirectory } from '../workdesk.ports';
import { DevelopmentIssuer } from './development-issuer';

export class InvalidCredentials extends DomainError {
  constructor(message: string) {
    super('unauthenticated', message);
  }
}

// Compared against when the user does not exist, so timing does not reveal which usernames exist.
const dummyHash = hashSync('no user has this password', 10);

/** Development and tests only: a seeded user's password → a token of the development issuer. */
@Injectable()
export class Login {
  constructor(
    private readonly users: UserDirectory,
    private readonly issuer: DevelopmentIssuer,
  ) {}

  async execute(username: string, password: string): Promise<LoginView> {
    const user = await this.users.findByUsername(username);
    const ok = await compare(password, user?.passwordHash ?? dummyHash);
    if (!user || !ok) throw new InvalidCredentials('wrong username or password');
    const token = await this.issuer.issue({ username: user.username, roles: user.roles, agency: user.agency });
    return { token, roles: user.roles, expiresIn: this.issuer.tokenTtlSeconds };
  }
}
