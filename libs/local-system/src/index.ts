export * from './repo-root';
export * from './free-port';
export * from './app-catalog';
export * from './app-process';
export * from './local-services';
export * from './twilio-webhook';
export * from './outside-world';
