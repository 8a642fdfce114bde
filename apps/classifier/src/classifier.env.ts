import { IsInt, Max, Min } from 'class-validator';
import { CommonEnv } from '@inquiry-router/runtime';

export class ClassifierEnv extends CommonEnv {
  @IsInt() @Min(1) @Max(65535) CLASSIFIER_PORT: number = 3004;
  /** How often a newly published policy is picked up, in seconds. */
  @IsInt() @Min(1) @Max(3600) POLICY_REFRESH_SECONDS: number = 30;
}
