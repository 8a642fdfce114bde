export * from './support-calendar';
export * from './support-calendar.module';
export * from './support-calendar.options';
