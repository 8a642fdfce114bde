import { ConfigurableModuleBuilder, Global, Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { AccessDocumentation } from './access-documentation';
import { AccessEnv } from './access.env';
import { OidcTokenVerifier } from './oidc-token-verifier';
import { RolesGuard } from './roles.guard';

const { ConfigurableModuleClass, MODULE_OPTIONS_TOKEN: ACCESS_ENV } = new ConfigurableModuleBuilder<AccessEnv>()
  .setClassMethodName('forApp')
  .build();

/**
 * Access checks for an app's HTTP API (`forApp(env)`): tokens of the OpenID Connect issuer in env,
 * roles by `@Roles`. Global, with the guard installed for every handler of the app, so a `@Roles`
 * is enforced in every module even where a controller does not name the guard.
 */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [
    { provide: OidcTokenVerifier, inject: [ACCESS_ENV], useFactory: (env: AccessEnv) => new OidcTokenVerifier(env.oidcVerifierOptions) },
    RolesGuard,
    { provide: APP_GUARD, useExisting: RolesGuard },
    AccessDocumentation,
  ],
  exports: [OidcTokenVerifier, RolesGuard],
})
export class AccessModule extends ConfigurableModuleClass {}
