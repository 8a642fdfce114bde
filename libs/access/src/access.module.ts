import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { AccessDocumentation } from './access-documentation';
import { AccessEnv } from './access.env';
import { OidcTokenVerifier } from './oidc-token-verifier';
import { RolesGuard } from './roles.guard';

/**
 * Access checks for an app's HTTP API: tokens of the OpenID Connect issuer in env, roles by
 * `@Roles`. Global, with the guard installed for every handler of the app, so a `@Roles` is
 * enforced in every module even where a controller does not name the guard.
 */
@Module({})
export class AccessModule {
  static forApp(env: AccessEnv): DynamicModule {
    return {
      module: AccessModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [
        { provide: OidcTokenVerifier, useValue: new OidcTokenVerifier(env.oidcVerifierOptions) },
        RolesGuard,
        { provide: APP_GUARD, useExisting: RolesGuard },
        AccessDocumentation,
      ],
      exports: [OidcTokenVerifier, RolesGuard],
    };
  }
}
