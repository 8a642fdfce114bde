import { loadConfig, runMain, startApp } from '@inquiry-router/runtime';
import { NoticeDispatcherEnv } from './notice-dispatcher.env';
import { NoticeDispatcherModule } from './notice-dispatcher.module';

runMain(async () => {
  const env = loadConfig(NoticeDispatcherEnv);
  await startApp(NoticeDispatcherModule.register(env), { name: 'notice-dispatcher', port: env.NOTICE_DISPATCHER_PORT });
});
