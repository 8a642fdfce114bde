// Integration: the reader inside a Nest app over the real test database, which the global setup
// migrated (the migrations seed the default policy as the active version). Reads only: the active
// policy is shared by every test file.
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { defaultPolicy } from '@inquiry-router/classification';
import { PersistenceModule, PolicyRepository } from '@inquiry-router/persistence';
import { ScheduledJobsModule } from '@inquiry-router/runtime';
import { assertTestDatabase, testDatabaseUrl } from '@inquiry-router/testing';
import { RoutingPolicySource } from './routing-policy-source';
import { RoutingPolicySourceModule } from './routing-policy-source.module';

describe('RoutingPolicySource', () => {
  let app: TestingModule;
  let source: RoutingPolicySource;
  let active: { version: string };

  beforeAll(async () => {
    assertTestDatabase(testDatabaseUrl);
    app = await Test.createTestingModule({
      imports: [
        PersistenceModule.forRoot({ url: testDatabaseUrl, applicationName: 'routing-policy-source-test', poolSize: 2 }),
        ScheduledJobsModule,
        RoutingPolicySourceModule.forApp({ refreshSeconds: 3600 }),
      ],
    }).compile();
    await app.init();
    source = app.get(RoutingPolicySource);
    active = (await new PolicyRepository(app.get(DataSource)).active())!;
  });

  afterAll(() => app.close());

  it('reads the active version at start, typed, named by its row', () => {
    expect(source.version()).toBe(active.version);
    expect(source.current().version).toBe(active.version);
    expect(typeof source.current().confidenceThreshold).toBe('number');
  });

  it('offers the agencies with their codes and names', () => {
    const skd = defaultPolicy.agencies.find((a) => a.code === 'skd')!;
    expect(source.agencies()).toEqual(expect.arrayContaining([{ code: 'skd', name: skd.name }]));
    expect(source.agencyCodes().has('skd')).toBe(true);
    expect(source.agencyName('skd')).toBe(skd.name);
    expect(source.agencyName('no-such-agency')).toBeNull();
  });

  it('answers for a version it has not seen with the version in force, read again', async () => {
    const before = source.current();
    const policy = await source.currentFor('2099-01-01.1');
    expect(policy.version).toBe(active.version);
    // Nothing changed in Postgres, so the same typed policy stays in force.
    expect(policy).toBe(before);
  });
});
