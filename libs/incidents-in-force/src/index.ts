export * from './incidents-in-force';
export * from './incidents-in-force.module';
export * from './incidents-in-force.options';
