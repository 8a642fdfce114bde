import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Expose, Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/**
 * The `limit` query parameter of a list: how many items it returns at most, 1 to `max`; left out,
 * it is `default`, filled in here so no handler repeats it (declare the property `limit: number`).
 */
export function ListLimit(options: { max: number; default: number }): PropertyDecorator {
  // In the order stacked property decorators take effect (the lowest first), so a refusal lists its reasons in that order.
  return applyDecorators(
    Max(options.max),
    Min(1),
    IsInt(),
    Type(() => Number),
    IsOptional(),
    // Exposed so class-transformer visits the property when the query leaves it out; the default is filled after Type's conversion.
    Transform(({ value }: { value: unknown }) => (value === undefined ? options.default : value)),
    Expose(),
    ApiPropertyOptional({ minimum: 1, maximum: options.max, default: options.default }),
  );
}
