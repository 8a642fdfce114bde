import { lazy, Suspense, useEffect } from 'react';
import { actsForAgency, advises, mayManagePersonalData, mayOperate } from './api/access';
import { SessionProvider, useSession } from './api/session';
import { Layout } from './components/layout';
import { landingPath, pageAt, SearchPage, WorkPage } from './console-pages';
import { PageLoading } from './components/page';
import { PageLoadFailure } from './components/page-load-failure';
import { I18nProvider } from './i18n/i18n';
import { LoginPage } from './pages/login-page';
import { matchPath, RouterProvider, useRouter } from './router';

// The pages of one inquiry, inquirer or notice are chunks of their own, as the pages in ConsolePages are;
// the sign-in page, shown before any other, stays in the shell.
const InquiryPage = lazy(() => import('./pages/inquiry/inquiry-page').then((m) => ({ default: m.InquiryPage })));
const AgencyInquiryPage = lazy(() => import('./pages/agency-inquiry/agency-inquiry-page').then((m) => ({ default: m.AgencyInquiryPage })));
const InquirerLogPage = lazy(() => import('./pages/inquirer-log/inquirer-log-page').then((m) => ({ default: m.InquirerLogPage })));
const NoticeDetailPage = lazy(() => import('./pages/notices/notice-detail-page').then((m) => ({ default: m.NoticeDetailPage })));

const HeartbeatMs = 30_000;

function Routes() {
  const { session, api } = useSession();
  const { path, navigate } = useRouter();
  const adviser = advises(session);

  useEffect(() => {
    if (!session && path !== '/login') navigate('/login', { replace: true });
    else if (session && (path === '/' || path === '/login')) navigate(landingPath(session), { replace: true });
  }, [session, path, navigate]);

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

/** The page for the path and the session's roles; the work page where there is none. */
function CurrentPage() {
  const { session } = useSession();
  const { path } = useRouter();

  if (!session) return <LoginPage />;
  // An agency user has the agency's own view of what was forwarded to them, and search; nothing else here.
  if (actsForAgency(session)) {
    const agencyInquiry = matchPath('/agency/inquiries/:id', path);
    return agencyInquiry ? <AgencyInquiryPage key={agencyInquiry.id} id={agencyInquiry.id} /> : <SearchPage />;
  }
  const inquiry = matchPath('/inquiries/:id', path);
  if (inquiry) return <InquiryPage key={inquiry.id} id={inquiry.id} />;
  const inquirer = matchPath('/inquirers/:id', path);
  if (mayManagePersonalData(session) && inquirer) return <InquirerLogPage key={inquirer.id} inquirerId={inquirer.id} />;
  const notice = matchPath('/notices/:id', path);
  if (mayOperate(session) && notice) return <NoticeDetailPage key={notice.id} id={notice.id} />;
  const Page = pageAt(path, session)?.component ?? WorkPage;
  return <Page />;
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
