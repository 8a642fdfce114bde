import { DynamicModule, InjectionToken, Module } from '@nestjs/common';
import { Outbox } from './outbox';
import { OutboxRelay } from './outbox-relay';
import { OutboxStore } from './outbox-store';

/**
 * The outbox for an app that writes events with its changes: `Outbox` for its writers and the
 * relay, over the store the app names (the Postgres one from `libs/persistence`). The relay's poll
 * runs on the app's `ScheduledJobs` (global, from `AppRuntimeModule`).
 */
@Module({})
export class OutboxModule {
  static forStore(store: { useFactory: (...deps: never[]) => OutboxStore; inject: InjectionToken[] }): DynamicModule {
    return {
      module: OutboxModule,
      global: true,
      providers: [{ provide: OutboxStore, useFactory: store.useFactory, inject: store.inject }, OutboxRelay, Outbox],
      exports: [Outbox, OutboxRelay],
    };
  }
}
