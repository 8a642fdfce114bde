// Integration: Postgres (a database of this file's own, migrated with the policy seed): the
// agencies' delivery settings npm start makes in development, pointing at the local sinks.
import { AgencyEndpointRepository, createDataSource } from '@inquiry-router/persistence';
import { createLogger } from '@inquiry-router/runtime';
import { migrate, OutsideWorld } from '@inquiry-router/local-system';
import { privateDatabase } from '@inquiry-router/testing';
import { pointAgenciesAtTheSinks, SinkSeedActor } from './development-sinks';

describe('the agencies deliver to the local sinks in development', () => {
  const database = privateDatabase(process.env.DATABASE_URL!, `sinks_${process.pid}`);
  const first = new OutsideWorld();
  const moved = new OutsideWorld();

  beforeAll(async () => {
    await migrate(database.url, createLogger('test', 'fatal', true));
    await Promise.all([first.start(), moved.start()]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([first.close(), moved.close()]);
    await database.drop();
  });

  it('sets up every agency without settings, follows the sinks to a new port, and keeps what a supervisor set', async () => {
    const ds = await createDataSource(database.url, { poolSize: 1, applicationName: 'test' }).initialize();
    try {
      const endpoints = new AgencyEndpointRepository(ds);
      const own = {
        webhookUrl: 'https://nav.example/hooks',
        webhookSecret: `whsec_${Buffer.alloc(32, 1).toString('base64')}`,
        mailbox: null,
        enabled: true,
      };
      await endpoints.save('nav', own, 'supervisor');

      const agencies = await pointAgenciesAtTheSinks(database.url, first);
      expect(agencies).toContain('skd');
      expect(agencies).not.toContain('nav');
      expect(await endpoints.find('skd')).toMatchObject({
        webhookUrl: first.agencyWebhookUrl('skd'),
        hasWebhookSecret: true,
        enabled: true,
        updatedBy: SinkSeedActor,
      });
      const secret = (await endpoints.forDelivery('skd'))?.webhookSecret;

      expect(await pointAgenciesAtTheSinks(database.url, moved)).toEqual(agencies);
      expect(await endpoints.forDelivery('skd')).toMatchObject({ webhookUrl: moved.agencyWebhookUrl('skd'), webhookSecret: secret });
      expect(await endpoints.find('nav')).toMatchObject({ webhookUrl: own.webhookUrl, updatedBy: 'supervisor' });
    } finally {
      await ds.destroy();
    }
  });
});
