import { loadConfig, runMain, startApp } from '@inquiry-router/runtime';
import { PhoneAdapterEnv } from './phone-adapter.env';
import { PhoneAdapterModule } from './phone-adapter.module';

runMain(async () => {
  const env = loadConfig(PhoneAdapterEnv);
  // rawBody: the Twilio signature is checked over the form fields exactly as they were sent.
  await startApp(PhoneAdapterModule.register(env), { name: 'phone-adapter', port: env.PHONE_ADAPTER_PORT, rawBody: true });
});
