import { IntakeModule } from '@inquiry-router/intake';
import { loadConfig, runMain, startApp } from '@inquiry-router/runtime';
import { SocialAdapterEnv } from './social-adapter.env';

// Boots with health and the intake publisher; the channel's own transport is added by the channel issue.
runMain(async () => {
  const env = loadConfig(SocialAdapterEnv);
  await startApp(IntakeModule.register('social-adapter', env), { name: 'social-adapter', port: env.SOCIAL_ADAPTER_PORT });
});
