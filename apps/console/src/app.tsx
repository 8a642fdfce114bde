import { lazy, Suspense, useEffect } from 'react';
import { holds, SessionProvider, useSession } from './api/session';
import { Layout } from './components/layout';
import { PageLoading } from './components/page';
import { PageLoadFailure } from './components/page-load-failure';
import { I18nProvider } from './i18n/i18n';
import { LoginPage } from './pages/login-page';
import { matchPath, RouterProvider, useRouter } from './router';
import { actsForAgency, mayEdit, mayManagePersonalData, mayOperate, mayReadHelpPages, maySearch } from './api/access';

// Each page is its own chunk, fetched when first shown: a first load carries the shell alone, and the
// chart library (recharts) comes only with the pages that draw charts. The sign-in page, shown before
// any other, stays in the shell.
const AgreementsPage = lazy(() => import('./pages/agreements/agreements-page').then((m) => ({ default: m.AgreementsPage })));
const DashboardPage = lazy(() => import('./pages/dashboard/dashboard-page').then((m) => ({ default: m.DashboardPage })));
const InquiryPage = lazy(() => import('./pages/inquiry/inquiry-page').then((m) => ({ default: m.InquiryPage })));
const NoticeDetailPage = lazy(() => import('./pages/notices/notice-detail-page').then((m) => ({ default: m.NoticeDetailPage })));
const NoticesPage = lazy(() => import('./pages/notices/notices-page').then((m) => ({ default: m.NoticesPage })));
const OpeningHoursPage = lazy(() => import('./pages/opening-hours/opening-hours-page').then((m) => ({ default: m.OpeningHoursPage })));
const PlanningPage = lazy(() => import('./pages/planning/planning-page').then((m) => ({ default: m.PlanningPage })));
const WorkPage = lazy(() => import('./pages/work/work-page').then((m) => ({ default: m.WorkPage })));
const AgencyInquiryPage = lazy(() => import('./pages/agency-inquiry/agency-inquiry-page').then((m) => ({ default: m.AgencyInquiryPage })));
const InquirerLogPage = lazy(() => import('./pages/inquirer-log/inquirer-log-page').then((m) => ({ default: m.InquirerLogPage })));
const SearchPage = lazy(() => import('./pages/search/search-page').then((m) => ({ default: m.SearchPage })));
const CompetencesPage = lazy(() => import('./pages/competences/competences-page').then((m) => ({ default: m.CompetencesPage })));
const AdviserUpdatesPage = lazy(() =>
  import('./pages/adviser-updates/adviser-updates-page').then((m) => ({ default: m.AdviserUpdatesPage })),
);
const SatisfactionPage = lazy(() => import('./pages/satisfaction/satisfaction-page').then((m) => ({ default: m.SatisfactionPage })));
const HelpPagesPage = lazy(() => import('./pages/help-pages/help-pages-page').then((m) => ({ default: m.HelpPagesPage })));
const HelpInsightsPage = lazy(() => import('./pages/help-insights/help-insights-page').then((m) => ({ default: m.HelpInsightsPage })));
const AnswerTemplatesPage = lazy(() =>
  import('./pages/answer-templates/answer-templates-page').then((m) => ({ default: m.AnswerTemplatesPage })),
);
const PhonePage = lazy(() => import('./pages/phone/phone-page').then((m) => ({ default: m.PhonePage })));
const SentPage = lazy(() => import('./pages/sent/sent-page').then((m) => ({ default: m.SentPage })));

const HeartbeatMs = 30_000;

function Routes() {
  const { session, api } = useSession();
  const { path, navigate } = useRouter();
  const supervisor = holds(session, 'supervisor', 'admin');
  const adviser = holds(session, 'adviser', 'supervisor');
  const agency = actsForAgency(session);

  useEffect(() => {
    if (!session && path !== '/login') navigate('/login', { replace: true });
    else if (session && (path === '/' || path === '/login'))
      navigate(
        supervisor
          ? '/dashboard'
          : agency
            ? '/search'
            : adviser
              ? '/work'
              : mayOperate(session)
                ? '/notices'
                : mayEdit(session)
                  ? '/answer-templates'
                  : '/work',
        {
          replace: true,
        },
      );
  }, [session, path, navigate, supervisor, adviser, agency]);

  // An adviser with the console open is there: without heartbeats the workdesk sets them offline.
  useEffect(() => {
    if (!adviser) return;
    const id = window.setInterval(() => void api.post('/api/advisers/me/heartbeat').catch(() => undefined), HeartbeatMs);
    return () => window.clearInterval(id);
  }, [adviser, api]);

  // The boundaries are below Routes, so the redirect and the heartbeats above do not wait for a page's
  // chunk, nor stop when a page fails.
  return (
    <PageLoadFailure path={path}>
      <Suspense fallback={<PageLoading />}>
        <CurrentPage />
      </Suspense>
    </PageLoadFailure>
  );
}

/** The page for the path and the session's roles. */
function CurrentPage() {
  const { session } = useSession();
  const { path } = useRouter();
  const supervisor = holds(session, 'supervisor', 'admin');
  const agency = actsForAgency(session);

  if (!session) return <LoginPage />;
  if (maySearch(session) && path === '/search') return <SearchPage />;
  // An agency user has the agency's own view of what was forwarded to them, and nothing else here.
  const agencyInquiry = matchPath('/agency/inquiries/:id', path);
  if (agency && agencyInquiry) return <AgencyInquiryPage key={agencyInquiry.id} id={agencyInquiry.id} />;
  if (agency) return <SearchPage />;
  const inquiry = matchPath('/inquiries/:id', path);
  if (inquiry) return <InquiryPage key={inquiry.id} id={inquiry.id} />;
  const inquirer = matchPath('/inquirers/:id', path);
  if (mayManagePersonalData(session) && inquirer) return <InquirerLogPage key={inquirer.id} inquirerId={inquirer.id} />;
  if (mayReadHelpPages(session) && path === '/help-pages') return <HelpPagesPage />;
  if (mayEdit(session) && path === '/help-insights') return <HelpInsightsPage />;
  if (supervisor && path === '/dashboard') return <DashboardPage />;
  if (supervisor && path === '/opening-hours') return <OpeningHoursPage />;
  if (supervisor && path === '/agreements') return <AgreementsPage />;
  if (supervisor && path === '/planning') return <PlanningPage />;
  if (supervisor && path === '/competences') return <CompetencesPage />;
  if (supervisor && path === '/adviser-updates') return <AdviserUpdatesPage />;
  if (supervisor && path === '/satisfaction') return <SatisfactionPage />;
  const notice = matchPath('/notices/:id', path);
  if (mayOperate(session) && notice) return <NoticeDetailPage key={notice.id} id={notice.id} />;
  if (mayOperate(session) && path === '/notices') return <NoticesPage />;
  if (mayEdit(session) && path === '/answer-templates') return <AnswerTemplatesPage />;
  // The development pages: support staff reach them outside production (in production the workdesk has no such routes, and each page says so).
  const supportStaff = holds(session, 'adviser', 'supervisor', 'admin');
  if (supportStaff && path === '/development/sent') return <SentPage />;
  if (supportStaff && path === '/development/phone') return <PhonePage />;
  return <WorkPage />;
}

export function App() {
  return (
    <I18nProvider>
      <RouterProvider>
        <SessionProvider>
          <Layout>
            <Routes />
          </Layout>
        </SessionProvider>
      </RouterProvider>
    </I18nProvider>
  );
}
