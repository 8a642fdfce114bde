import { DynamicModule, Inject, Injectable, Module, Type } from '@nestjs/common';
import { CachedWorkPolicy, WorkPolicy } from './work-policy';

/** Where the stored distribution policy document is kept (an adapter in persistence). */
export interface WorkPolicyStore {
  policyDocument(): Promise<unknown>;
  savePolicyDocument(document: Record<string, unknown>, by: string): Promise<void>;
}

export interface WorkPolicySourceOptions {
  /** The store's class, as the app provides it. */
  store: Type<WorkPolicyStore>;
  /** JSON merged over the stored document (the app's WORK_POLICY_OVERRIDES). */
  overrides?: string;
}

export const WORK_POLICY_STORE = Symbol('WORK_POLICY_STORE');
export const WORK_POLICY_OVERRIDES = Symbol('WORK_POLICY_OVERRIDES');

/** The distribution policy in force (stored document over the defaults, env overrides on top), cached briefly. */
@Injectable()
export class WorkPolicySource {
  private readonly cached: CachedWorkPolicy;

  constructor(
    @Inject(WORK_POLICY_STORE) private readonly store: WorkPolicyStore,
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
        { provide: WORK_POLICY_STORE, useExisting: options.store },
        { provide: WORK_POLICY_OVERRIDES, useValue: options.overrides },
        WorkPolicySource,
      ],
      exports: [WorkPolicySource],
    };
  }
}
