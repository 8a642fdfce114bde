import { DynamicModule, Module } from '@nestjs/common';
import { bindPort, UserRepository } from '@inquiry-router/persistence';
import { UserDirectory } from '../workdesk.ports';
import { AuthController } from './auth.controller';
import { DevelopmentIssuer } from './development-issuer';
import { DevelopmentIssuerController } from './development-issuer.controller';
import { DevelopmentIssuerEnv } from './development-issuer.env';
import { Login } from './login.use-case';

/**
 * Sign-in for development and tests: the development issuer and the seeded users' login. With
 * NODE_ENV=production it registers nothing, so those endpoints do not exist there.
 */
@Module({})
export class AuthModule {
  static register(env: DevelopmentIssuerEnv): DynamicModule {
    if (!env.developmentIssuerEnabled) return { module: AuthModule };
    return {
      module: AuthModule,
      controllers: [AuthController, DevelopmentIssuerController],
      providers: [
        { provide: DevelopmentIssuer, useFactory: () => DevelopmentIssuer.create(env) },
        bindPort(UserDirectory, UserRepository),
        Login,
      ],
    };
  }
}
