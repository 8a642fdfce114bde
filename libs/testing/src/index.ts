export * from './test-env';
export * from './test-pipeline';
export * from './fixtures';
export * from './private-database';
export * from './pipeline-api';
export * from './waiting-work';
export * from './recording-relay';
export * from './silent-relay';
export * as twilioWebhooks from './signed-twilio-webhooks';
