import type { FactoryProvider } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** An adapter of this library: a class that works on the app's one DataSource (the repositories, readers, stores). */
export type PostgresAdapter<T> = new (db: DataSource) => T;

/** A port: an abstract class the app (or a library) declares, used both as the type and as the injection token. */
export type Port<P> = abstract new (...args: never[]) => P;

/** How Nest makes `adapter` on the app's DataSource, for a module option that takes a store (`OutboxModule.forStore`). */
export function onDataSource<T>(adapter: PostgresAdapter<T>): { useFactory: (db: DataSource) => T; inject: [typeof DataSource] } {
  return { useFactory: (db) => new adapter(db), inject: [DataSource] };
}

/**
 * Provides `port` by `adapter`, in the module whose use cases inject the port. The compiler checks
 * that the adapter has every method of the port (`NoInfer`: the port alone decides what is needed).
 */
export function bindPort<P>(port: Port<P>, adapter: PostgresAdapter<NoInfer<P>>): FactoryProvider<P> {
  return { provide: port, ...onDataSource(adapter) };
}
