export * from './date-rule';
export * from './occurrences';
export * from './norwegian-filing-deadlines';
