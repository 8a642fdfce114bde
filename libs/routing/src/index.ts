export * from './route-decision';
export * from './thread-disposition';
export * from './reclassification';
