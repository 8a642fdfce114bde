export * from './policy-problem';
export * from './validate-policy';
export * from './apply-policy-change';
export * from './diff-policies';
export * from './simulate-policy-change';
