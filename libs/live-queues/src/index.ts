export * from './live-queues';
export * from './live-queues.module';
export * from './queue-score';
export * from './work-policy';
export * from './work-policy.source';
export * from './work-policy-check';
export * from './work-policy-drafts';
export * from './work-policy.module';
