import { IsInt, Max, Min } from 'class-validator';
import { CommonEnv } from '@inquiry-router/runtime';

export class RouterEnv extends CommonEnv {
  @IsInt() @Min(1) @Max(65535) ROUTER_PORT: number = 3005;
}
