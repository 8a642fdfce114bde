export * from './calendar';
export * from './public-holidays';
export * from './opening-hours';
export * from './parse-exceptions';
