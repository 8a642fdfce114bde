import { IntakeModule } from '@inquiry-router/intake';
import { loadConfig, runMain, startApp } from '@inquiry-router/runtime';
import { PhoneAdapterEnv } from './phone-adapter.env';

// Boots with health and the intake publisher; the channel's own transport is added by the channel issue.
runMain(async () => {
  const env = loadConfig(PhoneAdapterEnv);
  await startApp(IntakeModule.register('phone-adapter', env), { name: 'phone-adapter', port: env.PHONE_ADAPTER_PORT });
});
