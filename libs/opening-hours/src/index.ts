export * from './calendar';
export * from './public-holidays';
export * from './opening-hours';
export * from './parse-exceptions';
export * from './opening-time';
export * from './service-levels';
export * from './expected-time-text';
