export * from './live-queues';
export * from './live-queues.module';
