import { DynamicModule, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AccessEnv } from './access.env';
import { RolesGuard } from './roles.guard';

/** Token checking for an app's HTTP API: every app verifies with the same secret. */
@Module({})
export class AccessModule {
  static forApp(env: AccessEnv): DynamicModule {
    const jwt = JwtModule.register({ secret: env.jwtSecret, signOptions: { expiresIn: env.JWT_TTL_SECONDS } });
    return { module: AccessModule, imports: [jwt], providers: [RolesGuard], exports: [jwt, RolesGuard] };
  }
}
