import { IsInt, Max, Min } from 'class-validator';
import { CommonEnv } from '@inquiry-router/runtime';

export class EmailAdapterEnv extends CommonEnv {
  @IsInt() @Min(1) @Max(65535) EMAIL_ADAPTER_PORT: number = 3002;
}
