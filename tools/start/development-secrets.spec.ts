import { developmentUnlessSet, developmentWebhookSecrets, webhookSecrets } from './development-secrets';

describe('webhook secrets for npm start and npm run demo', () => {
  it('outside production: the configured ones, and the development ones for the rest', () => {
    expect(webhookSecrets({ NODE_ENV: 'development', META_APP_SECRET: 'configured' })).toEqual({
      ...developmentWebhookSecrets,
      META_APP_SECRET: 'configured',
    });
    expect(webhookSecrets({ NODE_ENV: 'test' })).toEqual(developmentWebhookSecrets);
  });

  it('takes NODE_ENV unset or unknown as production', () => {
    expect(webhookSecrets({})).toBeNull();
    expect(webhookSecrets({ NODE_ENV: 'staging' })).toBeNull();
  });

  it('npm start and the demo say development outright when NODE_ENV is unset, and keep a set one', () => {
    const unset: NodeJS.ProcessEnv = {};
    developmentUnlessSet(unset);
    expect(unset.NODE_ENV).toBe('development');
    const set: NodeJS.ProcessEnv = { NODE_ENV: 'production' };
    developmentUnlessSet(set);
    expect(set.NODE_ENV).toBe('production');
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
