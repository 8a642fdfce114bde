import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { DevelopmentToolName } from '@inquiry-router/contracts/views';
import { actsForAgency, advises, isSupportStaff, mayEdit, mayOperate, mayReadHelpPages, maySearch, supervises } from './api/access';
import type { Session } from './api/session';
import type { MessageKey } from './i18n/catalogue';

// Each page is its own chunk, fetched when first shown: a first load carries the shell alone, and the
// chart library (recharts) comes only with the pages that draw charts.
export const WorkPage = lazy(() => import('./pages/work/work-page').then((m) => ({ default: m.WorkPage })));
export const SearchPage = lazy(() => import('./pages/search/search-page').then((m) => ({ default: m.SearchPage })));
const DashboardPage = lazy(() => import('./pages/dashboard/dashboard-page').then((m) => ({ default: m.DashboardPage })));
const OpeningHoursPage = lazy(() => import('./pages/opening-hours/opening-hours-page').then((m) => ({ default: m.OpeningHoursPage })));
const AgreementsPage = lazy(() => import('./pages/agreements/agreements-page').then((m) => ({ default: m.AgreementsPage })));
const PlanningPage = lazy(() => import('./pages/planning/planning-page').then((m) => ({ default: m.PlanningPage })));
const CompetencesPage = lazy(() => import('./pages/competences/competences-page').then((m) => ({ default: m.CompetencesPage })));
const AdviserUpdatesPage = lazy(() =>
  import('./pages/adviser-updates/adviser-updates-page').then((m) => ({ default: m.AdviserUpdatesPage })),
);
const SatisfactionPage = lazy(() => import('./pages/satisfaction/satisfaction-page').then((m) => ({ default: m.SatisfactionPage })));
const NoticesPage = lazy(() => import('./pages/notices/notices-page').then((m) => ({ default: m.NoticesPage })));
const HelpPagesPage = lazy(() => import('./pages/help-pages/help-pages-page').then((m) => ({ default: m.HelpPagesPage })));
const HelpInsightsPage = lazy(() => import('./pages/help-insights/help-insights-page').then((m) => ({ default: m.HelpInsightsPage })));
const AnswerTemplatesPage = lazy(() =>
  import('./pages/answer-templates/answer-templates-page').then((m) => ({ default: m.AnswerTemplatesPage })),
);
const SentPage = lazy(() => import('./pages/sent/sent-page').then((m) => ({ default: m.SentPage })));
const PhonePage = lazy(() => import('./pages/phone/phone-page').then((m) => ({ default: m.PhonePage })));

/** A page the console shows at a fixed path, and the text of its link in the menu. */
export interface ConsolePage {
  path: string;
  menuText: Extract<MessageKey, `nav.${string}`>;
  /** Who may open it. The workdesk decides again on every request; this keeps users off pages they cannot use. */
  mayOpen: (session: Session) => boolean;
  /** A development page: in the menu only where the workdesk offers the tool (never in production). */
  developmentTool?: DevelopmentToolName;
  component: LazyExoticComponent<ComponentType>;
}

/**
 * The pages at a fixed path, in the menu's order. The menu and the router both read this table, so
 * a page's path and who may open it are written once. Pages of one inquiry, inquirer or notice
 * (`/inquiries/:id`, …) are the router's own: no menu links to them.
 */
export const ConsolePages: readonly ConsolePage[] = [
  { path: '/work', menuText: 'nav.work', mayOpen: (s) => !actsForAgency(s), component: WorkPage },
  { path: '/search', menuText: 'nav.search', mayOpen: maySearch, component: SearchPage },
  { path: '/dashboard', menuText: 'nav.dashboard', mayOpen: supervises, component: DashboardPage },
  { path: '/opening-hours', menuText: 'nav.openingHours', mayOpen: supervises, component: OpeningHoursPage },
  { path: '/agreements', menuText: 'nav.agreements', mayOpen: supervises, component: AgreementsPage },
  { path: '/planning', menuText: 'nav.planning', mayOpen: supervises, component: PlanningPage },
  { path: '/competences', menuText: 'nav.competences', mayOpen: supervises, component: CompetencesPage },
  { path: '/adviser-updates', menuText: 'nav.adviserUpdates', mayOpen: supervises, component: AdviserUpdatesPage },
  { path: '/satisfaction', menuText: 'nav.satisfaction', mayOpen: supervises, component: SatisfactionPage },
  { path: '/notices', menuText: 'nav.notices', mayOpen: mayOperate, component: NoticesPage },
  { path: '/help-pages', menuText: 'nav.helpPages', mayOpen: mayReadHelpPages, component: HelpPagesPage },
  { path: '/help-insights', menuText: 'nav.helpInsights', mayOpen: mayEdit, component: HelpInsightsPage },
  { path: '/answer-templates', menuText: 'nav.answerTemplates', mayOpen: mayEdit, component: AnswerTemplatesPage },
  // Support staff reach the development pages outside production (in production the workdesk has no such routes, and each page says so).
  { path: '/development/sent', menuText: 'nav.sent', mayOpen: isSupportStaff, developmentTool: 'sent', component: SentPage },
  { path: '/development/phone', menuText: 'nav.phone', mayOpen: isSupportStaff, developmentTool: 'phone', component: PhonePage },
];

/** The page at `path` if the session may open it. */
export function pageAt(path: string, session: Session): ConsolePage | undefined {
  return ConsolePages.find((page) => page.path === path && page.mayOpen(session));
}

/** The menu: the pages the session may open, a development page only where the workdesk offers its tool. */
export function menuOf(session: Session, developmentTools: readonly DevelopmentToolName[]): ConsolePage[] {
  return ConsolePages.filter(
    (page) => page.mayOpen(session) && (page.developmentTool === undefined || developmentTools.includes(page.developmentTool)),
  );
}

/** Where a user lands on signing in: the page of their main role, in this order; the work page for anyone else. */
export function landingPath(session: Session): string {
  if (supervises(session)) return '/dashboard';
  if (actsForAgency(session)) return '/search';
  if (advises(session)) return '/work';
  if (mayOperate(session)) return '/notices';
  if (mayEdit(session)) return '/answer-templates';
  return '/work';
}
