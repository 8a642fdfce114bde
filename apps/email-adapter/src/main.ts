import { loadConfig, runMain, startApp } from '@inquiry-router/runtime';
import { EmailAdapterEnv } from './email-adapter.env';
import { EmailAdapterModule } from './email-adapter.module';

// Boot order: Kafka producer, Postgres and Redis connect first (module init); the SMTP server
// starts listening after them (application bootstrap), so no mail is taken before it can be
// published. Without Kafka the app does not start, and senders' servers queue and retry.
runMain(async () => {
  const env = loadConfig(EmailAdapterEnv);
  await startApp(EmailAdapterModule.register(env), { name: 'email-adapter', port: env.EMAIL_ADAPTER_PORT });
});
