import { IsInt, IsJSON, IsOptional, Max, Min } from 'class-validator';
import { IsHttpUrl } from '@inquiry-router/contracts';
import { CommonEnv, DefaultPorts, LocalWorkdeskUrl, ProductionSecret } from '@inquiry-router/runtime';

export class RouterEnv extends CommonEnv {
  @IsInt() @Min(1) @Max(65535) ROUTER_PORT: number = DefaultPorts.router;
  /** How often the router checks that Redis still has the live queues (and rebuilds them if not). */
  @IsInt() @Min(1) @Max(3600) QUEUE_REBUILD_CHECK_SECONDS: number = 15;
  /**
   * How often the live queues are compared with what Postgres has waiting, and put right (one
   * instance per period); 0 turns it off (test files whose database other files share).
   */
  @IsInt() @Min(0) @Max(86400) QUEUE_RECONCILE_SECONDS: number = 60;
  /** JSON merged over the stored distribution policy (channel weights, targets, divert rules). */
  @IsOptional() @IsJSON() WORK_POLICY_OVERRIDES?: string;
  /** How often waiting inquiries are checked against their service-level due times (warnings, breaches). */
  @IsInt() @Min(1) @Max(3600) SLA_CHECK_SECONDS: number = 30;
  /** How often ordered opening exceptions and service-level targets are read again from Postgres. */
  @IsInt() @Min(1) @Max(3600) OPENING_HOURS_REFRESH_SECONDS: number = 30;
  /** How soon a routing policy published by a classifier is read (a decision naming a newer version reads it at once). */
  @IsInt() @Min(1) @Max(3600) POLICY_REFRESH_SECONDS: number = 30;
  /** How often the incidents in force are read again from Postgres (how soon a new incident links inquiries). */
  @IsInt() @Min(1) @Max(3600) INCIDENTS_REFRESH_SECONDS: number = 5;
  /** The public status page the inquirers of a known incident are pointed to (`<url>#<notice id>`); the workdesk serves it at /status. */
  @IsHttpUrl() STATUS_PAGE_URL: string = `${LocalWorkdeskUrl}/status`;
  /** Keys the hashes that recognise a person across channels (libs/inquirer); the same as the workdesk's. */
  @ProductionSecret()
  INQUIRER_KEY_SECRET?: string;

  /** Outside production only, the same default as the workdesk's, so people are recognised on a developer's machine. */
  get inquirerKeySecret(): string {
    return this.INQUIRER_KEY_SECRET ?? 'development-inquirer-key-secret-not-for-production';
  }
}
