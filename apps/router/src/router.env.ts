import { IsInt, Max, Min } from 'class-validator';
import { CommonEnv } from '@inquiry-router/runtime';

export class RouterEnv extends CommonEnv {
  @IsInt() @Min(1) @Max(65535) ROUTER_PORT: number = 3005;
  /** How often the router checks that Redis still has the live queues (and rebuilds them if not). */
  @IsInt() @Min(1) @Max(3600) QUEUE_REBUILD_CHECK_SECONDS: number = 15;
}
