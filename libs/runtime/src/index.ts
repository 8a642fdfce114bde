// Decorator metadata (env classes, DTOs) must be recorded as classes load.
import 'reflect-metadata';
export * from './config/load-config';
export * from './config/common-env';
export * from './clock/clock';
export * from './clock/clock.module';
export * from './logging/mask-personal-data';
export * from './logging/logger';
export * from './health/readiness-check';
export * from './health/health.module';
export * from './errors/problem-details';
export * from './errors/problem-details.filter';
export * from './errors/request-validation.pipe';
export * from './bootstrap/start-app';
export * from './bootstrap/message-transport';
export * from './bootstrap/app-runtime.module';
export * from './scheduling/non-overlapping-job';
export * from './scheduling/scheduled-jobs';
export * from './scheduling/scheduled-jobs.module';
