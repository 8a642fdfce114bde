export * from './route-decision';
export * from './thread-disposition';
