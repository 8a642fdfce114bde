import { IsInt, Max, Min } from 'class-validator';
import { CommonEnv } from '@inquiry-router/runtime';

export class SocialAdapterEnv extends CommonEnv {
  @IsInt() @Min(1) @Max(65535) SOCIAL_ADAPTER_PORT: number = 3003;
}
