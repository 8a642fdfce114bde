// Integration: real Kafka broker and Postgres (a database of this file's own, created, migrated and
// dropped here); router and agency-forwarder run as real processes with NODE_ENV=production; a
// local HTTP server in this file stands where an agency's webhook points.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { Topics } from '@inquiry-router/contracts';
import { migrate } from '@inquiry-router/local-system';
import { AgencyDeliveryRepository, AgencyEndpointRepository, createDataSource } from '@inquiry-router/persistence';
import { aClassified, anInquiry, eventually, privateDatabase, TestPipeline } from '@inquiry-router/testing';

describe('agency webhooks in production', () => {
  const pipeline = new TestPipeline();
  const database = privateDatabase(process.env.DATABASE_URL!, `agency_address_${pipeline.id}`);
  const requests: string[] = [];
  const internal = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(204).end();
  });
  let db: DataSource;

  beforeAll(async () => {
    await migrate(database.url, pipeline.log);
    await new Promise<void>((resolve) => internal.listen(0, '127.0.0.1', resolve));
    db = await createDataSource(database.url, { poolSize: 1, applicationName: 'test' }).initialize();
    await pipeline.setUp({ DATABASE_URL: database.url, AGENCY_DELIVERY_RETRY_DELAYS_SECONDS: '60' });
    const production = { NODE_ENV: 'production' };
    await Promise.all([
      // What production requires of the router besides the case at hand.
      pipeline.start('router', { ...production, INQUIRER_KEY_SECRET: 'an-inquirer-key-secret-of-at-least-32-characters' }),
      pipeline.start('agency-forwarder', production),
    ]);
  }, 180_000);

  afterAll(async () => {
    await pipeline.tearDown();
    await db?.destroy();
    internal.closeAllConnections();
    await new Promise((resolve) => internal.close(resolve));
    await database.drop();
  }, 60_000);

  it('refuses to deliver to a host that resolves to a loopback address: a failed attempt naming why, nothing sent', async () => {
    // Stored as it stands in the database (the workdesk refuses such a URL in production).
    const port = (internal.address() as AddressInfo).port;
    await new AgencyEndpointRepository(db).save(
      'skd',
      {
        webhookUrl: `http://localhost:${port}/hooks/skd`,
        webhookSecret: `whsec_${randomBytes(32).toString('base64')}`,
        mailbox: null,
        enabled: true,
      },
      'test',
    );
    const inquiry = anInquiry({ subject: 'Skattemelding', body: 'Når er fristen for skattemeldingen?', language: 'nb' });
    await pipeline.publisher.publish(Topics.InquiryClassified, [{ key: inquiry.id, value: aClassified('agency:skd', inquiry) }]);

    const deliveries = new AgencyDeliveryRepository(db);
    const attempt = await eventually(
      async () => (await deliveries.list({ agency: 'skd', limit: 10 })).find((d) => d.inquiryId === inquiry.id && d.attempts === 1),
      30_000,
      'the first delivery attempt',
    );
    expect(attempt.status).toBe('pending');
    expect(attempt.lastError).toMatch(
      new RegExp(`^webhook http://localhost:${port}/hooks/skd: not sent, localhost resolves to (127\\.0\\.0\\.1|::1), a loopback address`),
    );
    expect(requests).toEqual([]);
  });
});
