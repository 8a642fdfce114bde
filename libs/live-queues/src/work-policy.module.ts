import { DynamicModule, InjectionToken, Module } from '@nestjs/common';
import { WorkPolicyDrafts, WorkPolicyVersions } from './work-policy-drafts';
import { WORK_POLICY_OVERRIDES, WorkPolicySource, WorkPolicyStore } from './work-policy.source';

export interface WorkPolicySourceOptions {
  /** How the store is made, as for `OutboxModule.forStore` (the Postgres one: `onDataSource(WorkPolicyRepository)`). */
  store: { useFactory: (...deps: never[]) => WorkPolicyStore & WorkPolicyVersions; inject: InjectionToken[] };
  /** JSON merged over the stored document (the app's WORK_POLICY_OVERRIDES). */
  overrides?: string;
}

/** The distribution policy for an app that scores, diverts or distributes work, and its drafts and versions. */
@Module({})
export class WorkPolicyModule {
  static forApp(options: WorkPolicySourceOptions): DynamicModule {
    return {
      module: WorkPolicyModule,
      providers: [
        { provide: WorkPolicyVersions, useFactory: options.store.useFactory, inject: options.store.inject },
        { provide: WorkPolicyStore, useExisting: WorkPolicyVersions },
        { provide: WORK_POLICY_OVERRIDES, useValue: options.overrides },
        WorkPolicySource,
        WorkPolicyDrafts,
      ],
      exports: [WorkPolicySource, WorkPolicyDrafts],
    };
  }
}
