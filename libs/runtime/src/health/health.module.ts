import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { collectDefaultMetrics } from 'prom-client';
import { HealthController } from './health.controller';
import { MetricsController } from '../metrics/metrics.controller';
import { READINESS_CHECKS, ReadinessCheck } from './readiness-check';

let defaultMetricsStarted = false;

/** A provider token that resolves to a ReadinessCheck (each infrastructure library exports its own). */
export type ReadinessCheckToken = string | symbol | (abstract new (...args: never[]) => ReadinessCheck);

/**
 * `/health/live`, `/health/ready` and `/metrics` for an app. `checks` are provider tokens that
 * resolve to ReadinessCheck instances (each infrastructure library exports its own).
 */
@Module({})
export class HealthModule {
  static forChecks(checks: ReadinessCheckToken[]): DynamicModule {
    if (!defaultMetricsStarted) {
      collectDefaultMetrics();
      defaultMetricsStarted = true;
    }
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ errorLogStyle: 'json', logger: false })],
      controllers: [HealthController, MetricsController],
      providers: [
        {
          provide: READINESS_CHECKS,
          useFactory: (...resolved: ReadinessCheck[]) => resolved,
          inject: checks,
        },
      ],
    };
  }
}
