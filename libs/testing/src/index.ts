export * from './test-env';
export * from './test-pipeline';
export * from './fixtures';
export * from './private-database';
export * from './waiting-work';
export * from './recording-relay';
export * as twilioWebhooks from './signed-twilio-webhooks';
export * from './private-broker';
