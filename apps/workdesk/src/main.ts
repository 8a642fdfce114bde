import { loadConfig, runMain, startApp } from '@inquiry-router/runtime';
import { WorkdeskEnv } from './workdesk.env';
import { WorkdeskModule } from './workdesk.module';

runMain(async () => {
  const env = loadConfig(WorkdeskEnv);
  await startApp(WorkdeskModule.register(env), {
    name: 'workdesk',
    port: env.WORKDESK_PORT,
    openApi: { title: 'inquiry-router workdesk', description: "Advisers' and agencies' API: sign in, intake, claim, inquiries." },
  });
});
