import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { TechnicalCategories, type TechnicalCategory } from '@inquiry-router/contracts';

/** What a claim may be narrowed to. */
export class ClaimQuery {
  @ApiPropertyOptional({ enum: TechnicalCategories, description: 'only work of this technical category' })
  @IsOptional()
  @IsIn(TechnicalCategories)
  category?: TechnicalCategory;
}
