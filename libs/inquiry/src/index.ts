export * from './inquiry-status';
export * from './inquiry-state';
export * from './inquiry-history';
export * from './inquiry-lifecycle';
export * from './inquiry-reclassification';
export * from './message-id';
