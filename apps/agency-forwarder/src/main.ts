import { loadConfig, runMain, startApp } from '@inquiry-router/runtime';
import { AgencyForwarderEnv } from './agency-forwarder.env';
import { AgencyForwarderModule } from './agency-forwarder.module';

runMain(async () => {
  const env = loadConfig(AgencyForwarderEnv);
  await startApp(AgencyForwarderModule.register(env), { name: 'agency-forwarder', port: env.AGENCY_FORWARDER_PORT });
});
