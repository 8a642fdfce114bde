import { DynamicModule, Global, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxModule } from '@inquiry-router/messaging';
import type { BackingService, CommonEnv, ReadinessCheck } from '@inquiry-router/runtime';
import { createDataSource } from './data-source';
import { postgresOutboxStore } from './repositories/outbox.repository';

@Injectable()
export class PostgresReadiness implements ReadinessCheck, OnApplicationShutdown {
  readonly name = 'postgres';
  constructor(private readonly db: DataSource) {}

  async check(): Promise<void> {
    await this.db.query('SELECT 1');
  }

  // Last of all, after consumers finished the message in hand.
  async onApplicationShutdown(): Promise<void> {
    if (this.db.isInitialized) await this.db.destroy();
  }
}

/**
 * Postgres for a Nest app: one pool (the DataSource, global) and its readiness check. The
 * repositories are adapters: each module binds the ports its use cases inject to them (`bindPort`).
 */
@Global()
@Module({})
export class PersistenceModule {
  /** Postgres for one app, from the shared env; `poolSize` fits the app's concurrency. */
  static forApp(app: string, env: CommonEnv, poolSize: number): DynamicModule {
    return PersistenceModule.forRoot({ url: env.DATABASE_URL, applicationName: app, poolSize });
  }

  static forRoot(options: { url: string; applicationName: string; poolSize?: number }): DynamicModule {
    return {
      module: PersistenceModule,
      providers: [
        {
          provide: DataSource,
          useFactory: async () => createDataSource(options.url, options).initialize(),
        },
        PostgresReadiness,
      ],
      exports: [DataSource, PostgresReadiness],
    };
  }
}

export interface PostgresServiceOptions {
  /** Connections in the app's pool, fitting its concurrency. */
  poolSize: number;
  /** The app writes events with its changes: its outbox and relay over the `outbox` table. */
  outbox?: boolean;
  /** False for an app that does its work without Postgres: then it is no readiness check. */
  readiness?: boolean;
}

/** Postgres as an app's backing service (`AppRuntimeModule`). */
export function postgresService(options: PostgresServiceOptions): BackingService {
  return (app, env) => ({
    modules: [
      PersistenceModule.forApp(app, env, options.poolSize),
      ...(options.outbox ? [OutboxModule.forStore(postgresOutboxStore)] : []),
    ],
    readiness: options.readiness === false ? [] : [PostgresReadiness],
  });
}
