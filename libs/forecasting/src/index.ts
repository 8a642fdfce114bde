export * from './forecast.types';
export * from './local-time';
export * from './forecast';
export * from './backtest';
export * from './synthetic-contacts';
export * from './parse-deadline-occurrences';
