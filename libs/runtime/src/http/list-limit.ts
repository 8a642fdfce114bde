import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/**
 * The `limit` query parameter of a list: how many items it returns at most, 1 to `max`; the list
 * uses `default` when it is left out.
 */
export function ListLimit(options: { max: number; default: number }): PropertyDecorator {
  // In the order stacked property decorators take effect (the lowest first), so a refusal lists its reasons in that order.
  return applyDecorators(
    Max(options.max),
    Min(1),
    IsInt(),
    Type(() => Number),
    IsOptional(),
    ApiPropertyOptional({ minimum: 1, maximum: options.max, default: options.default }),
  );
}
