export * from './routing-policy-source';
export * from './routing-policy-source.module';
export * from './routing-policy-source.options';
