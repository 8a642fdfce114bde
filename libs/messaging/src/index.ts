export * from './kafka-connection';
export * from './event-publisher';
export * from './event-consumer';
export * from './errors';
export * from './topic-admin';
export * from './messaging.module';
export * from './consumer-registry';
export * from './replay-dead-letters';
