import { Body, Controller, HttpCode, Inject, Post, UnauthorizedException } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { InvalidCredentials, Login } from './login.use-case';

class LoginRequest {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(100) username: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) password: string;
}

class LoginResponse {
  @ApiProperty() token: string;
  @ApiProperty() role: string;
}

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(@Inject(Login) private readonly login: Login) {}

  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponse })
  @ApiUnauthorizedResponse({ description: 'wrong username or password' })
  async signIn(@Body() body: LoginRequest): Promise<LoginResponse> {
    try {
      return await this.login.execute(body.username, body.password);
    } catch (error) {
      if (error instanceof InvalidCredentials) throw new UnauthorizedException(error.message);
      throw error;
    }
  }
}
