export * from './repo-root';
export * from './free-port';
export * from './app-catalog';
export * from './app-process';
export * from './local-services';
// Kept here for the tools that sign phone webhooks as the telephony provider would; it lives with the other signed webhooks.
export { postTwilioWebhook, type WebhookAnswer } from '@inquiry-router/outbound-delivery';
export * from './outside-world';
