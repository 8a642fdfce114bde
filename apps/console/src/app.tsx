import { useEffect } from 'react';
import { holds, SessionProvider, useSession } from './api/session';
import { Layout } from './components/layout';
import { I18nProvider } from './i18n/i18n';
import { AgreementsPage } from './pages/agreements/agreements-page';
import { DashboardPage } from './pages/dashboard/dashboard-page';
import { InquiryPage } from './pages/inquiry/inquiry-page';
import { LoginPage } from './pages/login-page';
import { NoticeDetailPage } from './pages/notices/notice-detail-page';
import { NoticesPage } from './pages/notices/notices-page';
import { OpeningHoursPage } from './pages/opening-hours/opening-hours-page';
import { PlanningPage } from './pages/planning/planning-page';
import { WorkPage } from './pages/work/work-page';
import { AgencyInquiryPage } from './pages/agency-inquiry/agency-inquiry-page';
import { InquirerLogPage } from './pages/inquirer-log/inquirer-log-page';
import { SearchPage } from './pages/search/search-page';
import { CompetencesPage } from './pages/competences/competences-page';
import { AdviserUpdatesPage } from './pages/adviser-updates/adviser-updates-page';
import { SatisfactionPage } from './pages/satisfaction/satisfaction-page';
import { HelpPagesPage } from './pages/help-pages/help-pages-page';
import { HelpInsightsPage } from './pages/help-insights/help-insights-page';
import { AnswerTemplatesPage } from './pages/answer-templates/answer-templates-page';
import { PhonePage } from './pages/phone/phone-page';
import { SentPage } from './pages/sent/sent-page';
import { matchPath, RouterProvider, useRouter } from './router';
import { actsForAgency, mayEdit, mayManagePersonalData, mayOperate, mayReadHelpPages, maySearch } from './api/access';

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
