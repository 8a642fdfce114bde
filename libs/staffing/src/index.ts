export * from './erlang-c';
export * from './distributions';
export * from './random';
export * from './written-workload';
export * from './work-order';
export * from './day-simulation';
export * from './staffing-plan';
