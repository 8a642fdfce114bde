export * from './routing-policy-source';
export * from './routing-policy-source.module';
