import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { DECORATORS } from '@nestjs/swagger';
import { ROLES } from './roles.guard';

const bearer = [{ bearer: [] }];

/**
 * Declares the bearer token in the OpenAPI document on every handler that `@Roles` guards and
 * whose controller does not already declare it, so the docs follow what is enforced. (Done at
 * start, not in `@Roles`: a method decorator cannot see the class's own `@ApiBearerAuth`, and
 * declaring it twice lists the requirement twice.)
 */
@Injectable()
export class AccessDocumentation implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    for (const { metatype } of this.discovery.getControllers()) {
      if (!metatype || Reflect.getMetadata(DECORATORS.API_SECURITY, metatype)) continue;
      const prototype = metatype.prototype as Record<string, unknown>;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name] as (...args: unknown[]) => unknown;
        if (!this.reflector.getAllAndOverride(ROLES, [handler, metatype])) continue;
        if (!Reflect.getMetadata(DECORATORS.API_SECURITY, handler)) Reflect.defineMetadata(DECORATORS.API_SECURITY, bearer, handler);
      }
    }
  }
}
