import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { SentChannels, type SentChannel } from '@inquiry-router/contracts';

/** As many as the local sinks keep. */
export const MaxSentListed = 1000;

export class SentQuery {
  @ApiPropertyOptional({ enum: SentChannels, description: 'only this channel; default all' })
  @IsOptional()
  @IsIn(SentChannels, { message: `channel must be one of ${SentChannels.join(', ')}` })
  channel?: SentChannel;

  @ApiPropertyOptional({ minimum: 1, maximum: MaxSentListed, default: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: `limit must be a whole number from 1 to ${MaxSentListed}` })
  @Min(1, { message: `limit must be a whole number from 1 to ${MaxSentListed}` })
  @Max(MaxSentListed, { message: `limit must be a whole number from 1 to ${MaxSentListed}` })
  limit?: number;
}
