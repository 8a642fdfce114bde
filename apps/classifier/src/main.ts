import { loadConfig, runMain, startApp } from '@inquiry-router/runtime';
import { ClassifierEnv } from './classifier.env';
import { ClassifierModule } from './classifier.module';

runMain(async () => {
  const env = loadConfig(ClassifierEnv);
  await startApp(ClassifierModule.register(env), {
    name: 'classifier',
    port: env.CLASSIFIER_PORT,
    openApi: {
      title: 'inquiry-router classifier',
      description: 'The routing policy: agency agreements, drafts, what-if simulation, publishing, audit trail.',
    },
  });
});
