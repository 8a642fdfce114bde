import { IsInt, Max, Min } from 'class-validator';
import { CommonEnv } from '@inquiry-router/runtime';

export class PhoneAdapterEnv extends CommonEnv {
  @IsInt() @Min(1) @Max(65535) PHONE_ADAPTER_PORT: number = 3001;
}
