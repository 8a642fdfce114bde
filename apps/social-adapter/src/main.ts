import { loadConfig, runMain, startApp } from '@inquiry-router/runtime';
import { SocialAdapterEnv } from './social-adapter.env';
import { SocialAdapterModule } from './social-adapter.module';

runMain(async () => {
  const env = loadConfig(SocialAdapterEnv);
  // Raw body kept: Meta and X sign the exact bytes they send.
  await startApp(SocialAdapterModule.register(env), { name: 'social-adapter', port: env.SOCIAL_ADAPTER_PORT, rawBody: true });
});
