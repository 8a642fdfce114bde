// Integration: the workdesk, classifier and router run as real processes on a database of this
// file's own (the calls with allowed roles may change policy, presence and settings). Every route
// the workdesk's controllers declare is called without a token and with a token of each role;
// another agency tries every agency route; SQL and script payloads go through the intake.
import type { InquirySearchPageView } from '@inquiry-router/contracts';
import { loadConfig } from '@inquiry-router/runtime';
import {
  developmentClockRoutes,
  documentedRoutes,
  freshId,
  routeAccessFindings,
  routeAccessSuite,
  withParams,
} from '@inquiry-router/testing';
import { WorkdeskEnv } from '../workdesk.env';
import { WorkdeskModule } from '../workdesk.module';

/** Anyone may call these: health and metrics for the platform, the development issuer's sign-in and keys, the status page, the survey page. */
const publicRoutes = [
  'GET /health/live',
  'GET /health/ready',
  'GET /metrics',
  'POST /api/auth/login',
  'GET /.well-known/openid-configuration',
  'GET /.well-known/jwks.json',
  // The public status page, its feeds, and subscribing to notices from it.
  'GET /status',
  'GET /status/status.css',
  'GET /status/summary.json',
  'GET /status/feed.json',
  'GET /status/feed.atom',
  'POST /status/subscriptions',
  'GET /status/subscriptions/confirm',
  'POST /status/subscriptions/confirm',
  'GET /status/subscriptions/unsubscribe',
  'POST /status/subscriptions/unsubscribe',
  // The satisfaction survey's page and answer: the link's signed token is the key.
  'GET /survey',
  'POST /survey',
  // Outside production only, and from this machine only: the development clock.
  ...developmentClockRoutes,
];

describe('workdesk security: roles on every route, agencies kept apart, payloads kept inert', () => {
  const suite = routeAccessSuite({
    privateDatabase: 'workdesk_security',
    apps: ['workdesk', 'classifier', 'router'],
    root: (appEnv) => WorkdeskModule.register(loadConfig(WorkdeskEnv, appEnv)),
  });
  const { api } = suite;

  it('knows every route the running workdesk documents', async () => {
    const declared = suite.routes.map((r) => `${r.method} ${r.path}`);
    expect(suite.routes.length).toBeGreaterThan(40);
    expect((await documentedRoutes(api, 'workdesk')).filter((route) => !declared.includes(route))).toEqual([]);
  });

  it('answers 401 without a token, 403 to every role not allowed, and lets the allowed roles in', async () => {
    const findings = await routeAccessFindings({
      ...suite,
      app: 'workdesk',
      publicRoutes,
      params: { queue: 'first-line', username: 'adviser', code: 'skd', version: '1' },
    });
    expect(findings).toEqual([]);
  }, 120_000);

  it('stores SQL and script payloads in every free-text field of the intake verbatim, and keeps working', async () => {
    const payloads = ["'; DROP TABLE inquiries; --", '<script>alert(1)</script>', '<img src=x onerror=alert(1)>'];
    for (const payload of payloads) {
      const fields = {
        subject: `Innlogging ${payload}`,
        body: `Jeg får ikke logget inn. ${payload}`,
        from: { name: payload, email: 'test.person@example.no' },
      };
      const view = await api.takeInUntilRouted<{ status: string; inquiry: typeof fields }>(fields, {
        intake: suite.tokens.supervisor,
        viewer: suite.tokens.supervisor,
      });
      expect(view.inquiry).toMatchObject(fields);
    }
  }, 120_000);

  it("refuses an agency every agency route on another agency's inquiry, as if it did not exist", async () => {
    const forwarded = await api.takeInUntilRouted<{ status: string; inquiry: { id: string } }>(
      {
        subject: 'Aksjonærregisteroppgaven',
        body: 'Hei. Hvilken verdi skal vi oppgi per aksje i aksjonærregisteroppgaven RF-1086 når selskapet er nystiftet?',
      },
      { intake: suite.tokens.supervisor, viewer: suite.tokens.supervisor },
    );
    expect(forwarded.status).toBe('forwarded');
    const id = forwarded.inquiry.id;
    const nav = await api.login('nav');
    const agencyRoutes = suite.routes.filter((r) => r.roles?.includes('agency'));
    expect(agencyRoutes.length).toBeGreaterThanOrEqual(5);
    const bodies: Record<string, unknown> = {
      acknowledge: {},
      answer: { text: 'Svar fra feil etat.' },
      return: { reason: 'Not ours, and not the other agency’s to return.' },
    };
    const unknown = freshId('unknown');
    const answers = await Promise.all(
      agencyRoutes.map(async (route) => {
        const action = route.path.split('/').pop()!;
        const asNav = async (inquiryId: string) => {
          const response = await api.call('workdesk', withParams(route.path, { id: inquiryId }), {
            method: route.method,
            token: nav,
            body: route.method === 'POST' ? bodies[action] : undefined,
          });
          const problem = (await response.json()) as { detail?: string; instance?: string };
          return { status: response.status, problem: JSON.stringify(problem).replaceAll(inquiryId, '{id}') };
        };
        const [theirs, nobodys] = [await asNav(id), await asNav(unknown)];
        const refused = theirs.status === 403 || theirs.status === 404;
        return {
          route: `${route.method} ${route.path}`,
          answer: refused ? 'refused' : theirs.status,
          asIfUnknown: theirs.problem === nobodys.problem,
        };
      }),
    );
    // Every route on the inquiry refuses it exactly as it refuses an id nobody has; the list and the
    // search (routes naming no inquiry) are the agency's own and answer without it.
    expect(answers).toEqual(
      agencyRoutes.map((route) => ({
        route: `${route.method} ${route.path}`,
        answer: route.path.includes(':id') ? 'refused' : 200,
        asIfUnknown: true,
      })),
    );
    const searched = await api.call('workdesk', `/api/inquiries/search?reference=${id}`, { token: nav });
    expect(await api.json<InquirySearchPageView>(searched, 200)).toMatchObject({ items: [], total: 0 });
    // The first agency sees it still, unchanged by the other's attempts.
    const asSkd = await api.call('workdesk', `/api/agency/inquiries/${id}`, { token: suite.tokens.agency });
    expect(asSkd.status).toBe(200);
  }, 120_000);
});
