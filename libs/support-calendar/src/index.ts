export * from './support-calendar';
export * from './support-calendar.module';
