import { freePort, RecordingRelay, TestPipeline } from '@inquiry-router/testing';

/**
 * Sets the pipeline up and starts its email adapter, taking mail on a free port of 127.0.0.1;
 * its acknowledgements go to `relay` when one is given (none are sent otherwise). Returns the SMTP port.
 */
export async function startEmailAdapter(pipeline: TestPipeline, env: NodeJS.ProcessEnv, relay?: RecordingRelay): Promise<number> {
  const smtpPort = await freePort();
  const relayEnv: NodeJS.ProcessEnv = relay ? { SMTP_RELAY_URL: await relay.listen() } : {};
  await pipeline.setUp({ EMAIL_ADAPTER_SMTP_PORT: String(smtpPort), EMAIL_ADAPTER_SMTP_HOST: '127.0.0.1', ...relayEnv, ...env });
  await pipeline.start('email-adapter');
  return smtpPort;
}
