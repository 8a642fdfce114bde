// Integration fuzz: the workdesk, classifier and router run as real processes on a database of this
// file's own (the calls may change policy, presence and settings). Every operation the workdesk and
// the classifier document gets malformed requests from a user it lets in: every answer must be a
// 2xx, 3xx, or a 4xx that says why (problem details), never a server error or none.
import { loadConfig } from '@inquiry-router/runtime';
import { fuzzSeed, routeAccessSuite } from '@inquiry-router/testing';
import { WorkdeskEnv } from '../workdesk.env';
import { WorkdeskModule } from '../workdesk.module';
import { malformedRequestFindings } from './testing/malformed-requests';

/** Existing things to name now and then among the junk, so some calls get past "not found". */
const params = { id: 'fuzz-001', inquiryId: 'fuzz-001', username: 'adviser', version: '1', code: 'skd', agency: 'skd' };

describe('workdesk and classifier APIs under malformed requests', () => {
  const suite = routeAccessSuite({
    privateDatabase: 'workdesk_fuzz',
    apps: ['workdesk', 'classifier', 'router'],
    root: (appEnv) => WorkdeskModule.register(loadConfig(WorkdeskEnv, appEnv)),
  });
  const seed = fuzzSeed();

  beforeAll(async () => {
    await suite.api.takeInUntilRouted({ id: 'fuzz-001' }, { intake: suite.tokens.supervisor, viewer: suite.tokens.supervisor });
  }, 60_000);

  it(`answers every documented workdesk operation, refusing with a reason and never with a server error (FUZZ_SEED=${seed})`, async () => {
    const { findings, requests } = await malformedRequestFindings({ ...suite, app: 'workdesk', params, seed, perOperation: 25 });
    expect(requests).toBeGreaterThan(1_000);
    expect(findings).toEqual([]);
  }, 600_000);

  it(`answers every documented classifier operation, refusing with a reason and never with a server error (FUZZ_SEED=${seed})`, async () => {
    // Its routes are declared by the classifier's controllers, not in the workdesk's list: each is tried with every role.
    const { findings, requests } = await malformedRequestFindings({ ...suite, app: 'classifier', params, seed, perOperation: 40 });
    expect(requests).toBeGreaterThan(200);
    expect(findings).toEqual([]);
  }, 600_000);
});
