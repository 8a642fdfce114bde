import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { compare, hashSync } from 'bcryptjs';
import { UserRepository } from '@inquiry-router/persistence';
import { AuthenticatedUser } from '@inquiry-router/access';

export class InvalidCredentials extends Error {}

// Compared against when the user does not exist, so timing does not reveal which usernames exist.
const dummyHash = hashSync('no user has this password', 10);

@Injectable()
export class Login {
  constructor(
    @Inject(UserRepository) private readonly users: UserRepository,
    @Inject(JwtService) private readonly jwt: JwtService,
  ) {}

  async execute(username: string, password: string): Promise<{ token: string; role: string }> {
    const user = await this.users.findByUsername(username);
    const ok = await compare(password, user?.passwordHash ?? dummyHash);
    if (!user || !ok) throw new InvalidCredentials('wrong username or password');
    const claims: AuthenticatedUser = { username: user.username, role: user.role, agency: user.agency };
    return { token: await this.jwt.signAsync({ sub: user.username, role: claims.role, agency: claims.agency }), role: user.role };
  }
}
