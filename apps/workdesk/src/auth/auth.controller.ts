import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { RoleNames, type LoginCredentials, type LoginView, type Role } from '@inquiry-router/contracts';
import { Login } from './login.use-case';

class LoginRequest implements LoginCredentials {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(100) username: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) password: string;
}

class LoginResponse implements LoginView {
  @ApiProperty({ description: 'RS256 access token of the development issuer; send as `Authorization: Bearer <token>`' }) token: string;
  @ApiProperty({ enum: RoleNames, isArray: true, description: 'the roles the token gives (at least one; `agency` alone)' })
  roles: Role[];
  @ApiProperty({ description: 'seconds until the token expires' }) expiresIn: number;
}

/** Registered only outside production (AuthModule): there, tokens come from the organisation's identity provider. */
@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(private readonly login: Login) {}

  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Development only: sign in as a seeded user (absent when NODE_ENV=production)' })
  @ApiOkResponse({ type: LoginResponse })
  @ApiUnauthorizedResponse({ description: 'wrong username or password' })
  async signIn(@Body() body: LoginRequest): Promise<LoginResponse> {
    return this.login.execute(body.username, body.password);
  }
}
