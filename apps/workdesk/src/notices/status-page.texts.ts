import { NoticeLabelsIn, type ComponentState, type Language, type NoticeLabels } from '@inquiry-router/contracts';

/**
 * The status page's and feeds' own words, in each language the page is offered in; a notice's kind,
 * status, severity, environments and audiences are called as in the mail to subscribers.
 */
export interface StatusTexts extends NoticeLabels {
  title: string;
  intro: string;
  languageNav: string;
  componentsHeading: string;
  componentsCaption: string;
  component: string;
  activeHeading: string;
  noneActive: string;
  upcomingHeading: string;
  noneUpcoming: string;
  recentHeading: string;
  noneRecent: string;
  affects: string;
  environmentsLabel: string;
  audiencesLabel: string;
  startsAt: string;
  expectedEndAt: string;
  endedAt: string;
  history: string;
  noticesInForce: string;
  feedsHeading: string;
  jsonFeed: string;
  atomFeed: string;
  updated: string;
  timeZoneNote: string;
  states: Record<ComponentState, string>;
  /** The locale dates are written in. */
  locale: string;
  dateFormat: string;
}

const nb: StatusTexts = {
  ...NoticeLabelsIn.nb,
  title: 'Driftsstatus',
  intro: 'Kjente feil og planlagt vedlikehold i portalen, oppdatert fortløpende.',
  languageNav: 'Språk',
  componentsHeading: 'Status for hver tjeneste',
  componentsCaption: 'Tilstanden nå for hver del av portalen, i produksjon og test',
  component: 'Tjeneste',
  activeHeading: 'Aktive driftsavvik og vedlikehold',
  noneActive: 'Ingen kjente feil akkurat nå.',
  upcomingHeading: 'Planlagt vedlikehold',
  noneUpcoming: 'Ikke noe vedlikehold er planlagt.',
  recentHeading: 'Avsluttet de siste 30 dagene',
  noneRecent: 'Ingen driftsavvik eller vedlikehold er avsluttet de siste 30 dagene.',
  affects: 'Gjelder',
  environmentsLabel: 'Miljø',
  audiencesLabel: 'Berørte',
  startsAt: 'Start',
  expectedEndAt: 'Forventet slutt',
  endedAt: 'Avsluttet',
  history: 'Oppdateringer',
  noticesInForce: 'Se',
  feedsHeading: 'Følg med',
  jsonFeed: 'JSON-feed',
  atomFeed: 'Atom-feed',
  updated: 'Oppdatert',
  timeZoneNote: 'Alle tider er norsk tid.',
  states: {
    operational: 'I drift',
    maintenance: 'Vedlikehold',
    degraded: 'Redusert ytelse',
    'partial-outage': 'Delvis utfall',
    'major-outage': 'Større utfall',
  },
  locale: 'nb',
  dateFormat: "d. MMMM yyyy 'kl.' HH:mm",
};

const nn: StatusTexts = {
  ...NoticeLabelsIn.nn,
  title: 'Driftsstatus',
  intro: 'Kjende feil og planlagt vedlikehald i portalen, oppdatert fortløpande.',
  languageNav: 'Språk',
  componentsHeading: 'Status for kvar teneste',
  componentsCaption: 'Tilstanden no for kvar del av portalen, i produksjon og test',
  component: 'Teneste',
  activeHeading: 'Aktive driftsavvik og vedlikehald',
  noneActive: 'Ingen kjende feil akkurat no.',
  upcomingHeading: 'Planlagt vedlikehald',
  noneUpcoming: 'Ikkje noko vedlikehald er planlagt.',
  recentHeading: 'Avslutta dei siste 30 dagane',
  noneRecent: 'Ingen driftsavvik eller vedlikehald er avslutta dei siste 30 dagane.',
  affects: 'Gjeld',
  environmentsLabel: 'Miljø',
  audiencesLabel: 'Råka',
  startsAt: 'Start',
  expectedEndAt: 'Venta slutt',
  endedAt: 'Avslutta',
  history: 'Oppdateringar',
  noticesInForce: 'Sjå',
  feedsHeading: 'Følg med',
  jsonFeed: 'JSON-feed',
  atomFeed: 'Atom-feed',
  updated: 'Oppdatert',
  timeZoneNote: 'Alle tider er norsk tid.',
  states: {
    operational: 'I drift',
    maintenance: 'Vedlikehald',
    degraded: 'Redusert yting',
    'partial-outage': 'Delvis utfall',
    'major-outage': 'Større utfall',
  },
  locale: 'nn',
  dateFormat: "d. MMMM yyyy 'kl.' HH:mm",
};

const en: StatusTexts = {
  ...NoticeLabelsIn.en,
  title: 'Service status',
  intro: 'Known problems and planned maintenance in the portal, updated as they happen.',
  languageNav: 'Language',
  componentsHeading: 'Status of each service',
  componentsCaption: 'The state now of each part of the portal, in production and test',
  component: 'Service',
  activeHeading: 'Active incidents and maintenance',
  noneActive: 'No known problems right now.',
  upcomingHeading: 'Planned maintenance',
  noneUpcoming: 'No maintenance is planned.',
  recentHeading: 'Ended in the last 30 days',
  noneRecent: 'No incidents or maintenance ended in the last 30 days.',
  affects: 'Affects',
  environmentsLabel: 'Environments',
  audiencesLabel: 'Affected',
  startsAt: 'Start',
  expectedEndAt: 'Expected end',
  endedAt: 'Ended',
  history: 'Updates',
  noticesInForce: 'See',
  feedsHeading: 'Follow',
  jsonFeed: 'JSON feed',
  atomFeed: 'Atom feed',
  updated: 'Updated',
  timeZoneNote: 'All times are Norwegian time.',
  states: {
    operational: 'Operational',
    maintenance: 'Maintenance',
    degraded: 'Degraded performance',
    'partial-outage': 'Partial outage',
    'major-outage': 'Major outage',
  },
  locale: 'en-GB',
  dateFormat: 'd MMMM yyyy, HH:mm',
};

export const StatusTexts: Record<Language, StatusTexts> = { nb, nn, en };

/** Each language's name in itself, for the language switch. */
export const LanguageNames: Record<Language, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };
