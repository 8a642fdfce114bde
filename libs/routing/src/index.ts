export * from './route-decision';
