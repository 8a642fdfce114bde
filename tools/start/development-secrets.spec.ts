import { developmentWebhookSecrets, webhookSecrets } from './development-secrets';

describe('webhook secrets for npm start and npm run demo', () => {
  it('outside production: the configured ones, and the development ones for the rest', () => {
    expect(webhookSecrets({ NODE_ENV: 'development', META_APP_SECRET: 'configured' })).toEqual({
      ...developmentWebhookSecrets,
      META_APP_SECRET: 'configured',
    });
    expect(webhookSecrets({})).toEqual(developmentWebhookSecrets);
  });

  it('in production: only configured ones, and none at all when one is missing', () => {
    const all = {
      TWILIO_AUTH_TOKEN: 't'.repeat(32),
      META_APP_SECRET: 'm',
      META_VERIFY_TOKEN: 'v',
      X_CONSUMER_SECRET: 'x',
      X_ACCOUNT_ID: '42',
    };
    expect(webhookSecrets({ NODE_ENV: 'production', ...all })).toEqual(all);
    expect(webhookSecrets({ NODE_ENV: 'production', ...all, X_ACCOUNT_ID: undefined })).toBeNull();
  });
});
