import { loadConfig, runMain, startApp } from '@inquiry-router/runtime';
import { RouterEnv } from './router.env';
import { RouterModule } from './router.module';

runMain(async () => {
  const env = loadConfig(RouterEnv);
  await startApp(RouterModule.register(env), { name: 'router', port: env.ROUTER_PORT });
});
