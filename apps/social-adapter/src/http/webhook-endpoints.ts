import { applyDecorators, BadRequestException, CanActivate, HttpCode, Post, Type, UseGuards } from '@nestjs/common';

/** Where a platform posts its deliveries: only those `guard` finds signed are read, and each is answered 200 once handed on. */
export function SignedDeliveries(guard: Type<CanActivate>): MethodDecorator {
  return applyDecorators(Post(), HttpCode(200), UseGuards(guard));
}

/** The challenge of a platform's handshake, as the query parameter `name` gives it: 1-1000 characters, else 400. */
export function handshakeChallenge(value: unknown, name: string): string {
  if (typeof value !== 'string' || value === '' || value.length > 1000) throw new BadRequestException(`${name} must be 1-1000 characters`);
  return value;
}
