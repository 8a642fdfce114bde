import { DynamicModule, Module, Type } from '@nestjs/common';
import { ClockModule } from '../clock/clock.module';
import type { CommonEnv } from '../config/common-env';
import { HealthModule, ReadinessCheckToken } from '../health/health.module';
import { loggerModule } from '../logging/logger';
import { ScheduledJobsModule } from '../scheduling/scheduled-jobs.module';

/** A service an app runs on (Kafka, Postgres, Redis), as its own library connects it for one app. */
export type BackingService = (
  app: string,
  env: CommonEnv,
) => {
  /** Global modules: the connection is there for every module of the app. */
  modules: DynamicModule[];
  /** Its checks behind `/health/ready`; none where the app does its work without it. */
  readiness: ReadinessCheckToken[];
};

export interface AppRuntimeOptions {
  /** The app's name in every log line, and the name its connections give. */
  name: string;
  /**
   * The app's env (as `loadConfig` made it): its log level, its clock, and where its backing
   * services are; every module of the app may inject it by its class (e.g. `RouterEnv`).
   */
  env: CommonEnv;
  /** What the app runs on, in the order they are set up: e.g. `[kafkaService(), postgresService({ poolSize: 5 })]`. */
  services: BackingService[];
  /** Provider tokens of the app's own ReadinessChecks, besides its services'. */
  readiness?: ReadinessCheckToken[];
}

/**
 * What every app has the same way: JSON logs with personal data masked, `/health` and `/metrics`
 * (ready when every backing service and the app's own checks answer), the scheduler with
 * `ScheduledJobs` (global) for its periodic jobs, its `Clock`, its env by class, and the backing
 * services it names.
 * The app module adds only what is its own.
 */
@Module({})
export class AppRuntimeModule {
  static forApp(options: AppRuntimeOptions): DynamicModule {
    const services = options.services.map((service) => service(options.name, options.env));
    const envClass: unknown = options.env.constructor;
    if (envClass === Object) throw new Error(`${options.name}: the env must be an instance of its class (loadConfig makes one)`);
    return {
      module: AppRuntimeModule,
      global: true,
      providers: [{ provide: envClass as Type<CommonEnv>, useValue: options.env }],
      exports: [envClass as Type<CommonEnv>],
      imports: [
        loggerModule(options.name, options.env.LOG_LEVEL),
        ScheduledJobsModule,
        HealthModule.forChecks([...services.flatMap((s) => s.readiness), ...(options.readiness ?? [])]),
        ClockModule.forApp(options.env),
        ...services.flatMap((s) => s.modules),
      ],
    };
  }
}

/** What an app runs on (as for `AppRuntimeModule`), and the imports, controllers and providers that are its own. */
export interface AppRootModuleOptions
  extends
    Pick<AppRuntimeOptions, 'services' | 'readiness'>,
    Pick<DynamicModule, 'imports' | 'controllers' | 'providers' | 'exports' | 'global'> {}

/**
 * An app's root module: `AppRuntimeModule` for the app first, then what is its own.
 * `static register(env: RouterEnv) { return appRootModule(RouterModule, 'router', env, { services, imports, controllers, providers }); }`
 */
export function appRootModule(module: Type, name: string, env: CommonEnv, options: AppRootModuleOptions): DynamicModule {
  const { services, readiness, ...own } = options;
  return { ...own, module, imports: [AppRuntimeModule.forApp({ name, env, services, readiness }), ...(own.imports ?? [])] };
}
