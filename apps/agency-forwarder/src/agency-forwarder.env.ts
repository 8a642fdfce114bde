import { IsInt, Max, Min } from 'class-validator';
import { CommonEnv } from '@inquiry-router/runtime';

export class AgencyForwarderEnv extends CommonEnv {
  @IsInt() @Min(1) @Max(65535) AGENCY_FORWARDER_PORT: number = 3006;
}
