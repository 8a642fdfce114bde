export * from './receive-inquiries.use-case';
export * from './intake.module';
