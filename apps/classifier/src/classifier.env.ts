import { IsInt, Max, Min } from 'class-validator';
import { AccessEnv } from '@inquiry-router/access';
import { DefaultPorts } from '@inquiry-router/runtime';

/** Extends AccessEnv: the policy API checks the same access tokens as the workdesk issues. */
export class ClassifierEnv extends AccessEnv {
  @IsInt() @Min(1) @Max(65535) CLASSIFIER_PORT: number = DefaultPorts.classifier;
  /** How often a newly published policy is picked up, in seconds. */
  @IsInt() @Min(1) @Max(3600) POLICY_REFRESH_SECONDS: number = 30;
  /** How often a newly trained text model is picked up, in seconds. */
  @IsInt() @Min(1) @Max(3600) MODEL_REFRESH_SECONDS: number = 30;
}
