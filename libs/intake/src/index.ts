export * from './receive-inquiries.use-case';
export * from './intake.module';
export * from './inquiry-reference';
export * from './once-guard';
