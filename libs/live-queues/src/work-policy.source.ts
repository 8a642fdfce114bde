import { DynamicModule, Inject, Injectable, InjectionToken, Module } from '@nestjs/common';
import { CachedWorkPolicy, WorkPolicy } from './work-policy';

/** Where the stored distribution policy document is kept (an adapter in persistence). */
export abstract class WorkPolicyStore {
  abstract policyDocument(): Promise<unknown>;
  abstract savePolicyDocument(document: Record<string, unknown>, by: string): Promise<void>;
}

export interface WorkPolicySourceOptions {
  /** How the store is made, as for `OutboxModule.forStore` (the Postgres one: `onDataSource(WorkPolicyRepository)`). */
  store: { useFactory: (...deps: never[]) => WorkPolicyStore; inject: InjectionToken[] };
  /** JSON merged over the stored document (the app's WORK_POLICY_OVERRIDES). */
  overrides?: string;
}

export const WORK_POLICY_OVERRIDES = Symbol('WORK_POLICY_OVERRIDES');

/** The distribution policy in force (stored document over the defaults, env overrides on top), cached briefly. */
@Injectable()
export class WorkPolicySource {
  private readonly cached: CachedWorkPolicy;

  constructor(
    @Inject(WorkPolicyStore) private readonly store: WorkPolicyStore,
    @Inject(WORK_POLICY_OVERRIDES) overrides: string | undefined,
  ) {
    this.cached = new CachedWorkPolicy(() => store.policyDocument(), overrides);
  }

  get(): Promise<WorkPolicy> {
    return this.cached.get();
  }

  /** Replaces the stored document (what it leaves out takes the defaults) and returns the policy now in force. */
  async replace(document: Record<string, unknown>, by: string): Promise<WorkPolicy> {
    await this.store.savePolicyDocument(document, by);
    this.cached.invalidate();
    return this.cached.get();
  }
}

/** The distribution policy for an app that scores, diverts or distributes work. */
@Module({})
export class WorkPolicyModule {
  static forApp(options: WorkPolicySourceOptions): DynamicModule {
    return {
      module: WorkPolicyModule,
      providers: [
        { provide: WorkPolicyStore, useFactory: options.store.useFactory, inject: options.store.inject },
        { provide: WORK_POLICY_OVERRIDES, useValue: options.overrides },
        WorkPolicySource,
      ],
      exports: [WorkPolicySource],
    };
  }
}
