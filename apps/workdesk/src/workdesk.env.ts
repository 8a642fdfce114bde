import { IsInt, Max, Min } from 'class-validator';
import { AccessEnv } from '@inquiry-router/access';

export class WorkdeskEnv extends AccessEnv {
  @IsInt() @Min(1) @Max(65535) WORKDESK_PORT: number = 3000;
}
