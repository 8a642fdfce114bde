import { IntakeModule } from '@inquiry-router/intake';
import { loadConfig, runMain, startApp } from '@inquiry-router/runtime';
import { EmailAdapterEnv } from './email-adapter.env';

// Boots with health and the intake publisher; the channel's own transport is added by the channel issue.
runMain(async () => {
  const env = loadConfig(EmailAdapterEnv);
  await startApp(IntakeModule.register('email-adapter', env), { name: 'email-adapter', port: env.EMAIL_ADAPTER_PORT });
});
