import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DevelopmentIssuer } from './development-issuer';

/** The development issuer's public metadata and keys, where OpenID Connect clients look for them. */
@ApiTags('auth')
@Controller('.well-known')
export class DevelopmentIssuerController {
  constructor(private readonly issuer: DevelopmentIssuer) {}

  @Get('openid-configuration')
  @Header('cache-control', 'public, max-age=300')
  @ApiOperation({ summary: 'Development only: OpenID Connect discovery document of the development issuer' })
  @ApiOkResponse({ description: '`issuer`, `jwks_uri` and the supported algorithms' })
  discovery(): Record<string, unknown> {
    return this.issuer.discoveryDocument();
  }

  @Get('jwks.json')
  @Header('cache-control', 'public, max-age=300')
  @ApiOperation({ summary: 'Development only: the JSON Web Key Set that verifies the development tokens' })
  @ApiOkResponse({ description: '`{ keys: [RSA public key with kid] }`' })
  keys(): { keys: unknown[] } {
    return this.issuer.keySet();
  }
}
