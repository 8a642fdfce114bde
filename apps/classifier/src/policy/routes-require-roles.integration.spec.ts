// Integration: the classifier, and the workdesk as token issuer and as the console's way to the
// policy API, run as real processes on a database of this file's own (calls with allowed roles may
// change the policy). Every route the classifier's controllers declare is called without a token
// and with a token of each role, on the classifier and through the workdesk's /api/policy.
import { loadConfig } from '@inquiry-router/runtime';
import { developmentClockRoutes, documentedRoutes, routeAccessFindings, routeAccessSuite } from '@inquiry-router/testing';
import { ClassifierEnv } from '../classifier.env';
import { ClassifierModule } from '../classifier.module';

/** Anyone may call these: health and metrics, for the platform; outside production, from this machine, the development clock. */
const publicRoutes = ['GET /health/live', 'GET /health/ready', 'GET /metrics', ...developmentClockRoutes];
const params = { version: '1', code: 'skd' };

describe('classifier: every route refuses callers without the role it needs', () => {
  const suite = routeAccessSuite({
    privateDatabase: 'classifier_security',
    apps: ['workdesk', 'classifier'],
    root: (appEnv) => ClassifierModule.register(loadConfig(ClassifierEnv, appEnv)),
  });
  const { api } = suite;

  it('knows every route the running classifier documents', async () => {
    const declared = suite.routes.map((r) => `${r.method} ${r.path}`);
    expect(suite.routes.filter((r) => r.path.startsWith('/api/policy')).length).toBeGreaterThan(10);
    expect((await documentedRoutes(api, 'classifier')).filter((route) => !declared.includes(route))).toEqual([]);
  });

  it('answers 401 without a token, 403 to every role not allowed, and lets the allowed roles in', async () => {
    expect(await routeAccessFindings({ ...suite, app: 'classifier', publicRoutes, params })).toEqual([]);
  }, 120_000);

  it('refuses the same callers when the policy API is reached through the workdesk', async () => {
    const policyRoutes = suite.routes.filter((r) => r.path.startsWith('/api/policy'));
    expect(await routeAccessFindings({ ...suite, app: 'workdesk', routes: policyRoutes, publicRoutes, params })).toEqual([]);
  }, 120_000);
});
