import type {
  Channel,
  DecisionReason,
  ComponentState,
  NoticeAudience,
  NoticeEnvironment,
  NoticeKind,
  NoticeSeverity,
  NoticeStatus,
  Language,
  SubscriptionChannel,
  TechnicalCategory,
} from '../vocabulary';

/** A text in bokmål, with nynorsk and English where written. */
export interface NoticeTextView {
  nb: string;
  nn?: string;
  en?: string;
}

/** A part of the portal a notice can affect, as data; `categories` link it to the inquiries it causes. */
export interface NoticeComponentView {
  code: string;
  names: NoticeTextView;
  categories: TechnicalCategory[];
}

/** One entry of a notice's history: its registration (sequence 1) or an update. */
export interface NoticeUpdateView {
  sequence: number;
  status: NoticeStatus;
  message: NoticeTextView;
  /** The fields this entry changed besides the status (`expectedEndAt`, `components`, …). */
  changed: string[];
  changedBy: string;
  changedAt: string;
}

/** An incident or planned maintenance, with its history (oldest first). */
export interface NoticeView {
  id: string;
  kind: NoticeKind;
  status: NoticeStatus;
  severity: NoticeSeverity;
  title: NoticeTextView;
  description: NoticeTextView;
  components: string[];
  environments: NoticeEnvironment[];
  audiences: NoticeAudience[];
  /** Words that tie an inquiry's text to the incident, besides those of its title. */
  keywords: string[];
  startsAt: string;
  expectedEndAt: string | null;
  endedAt: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** Changes name the version they were made on (optimistic locking). */
  version: number;
  updates: NoticeUpdateView[];
}

/** `POST /api/notices`: a new incident or planned maintenance (instants ISO 8601 with offset). */
export interface NewNotice extends Pick<
  NoticeView,
  'kind' | 'severity' | 'title' | 'description' | 'components' | 'environments' | 'audiences' | 'startsAt'
> {
  keywords?: string[];
  expectedEndAt?: string;
}

/** `POST /api/notices/:id/updates`: on the version it was made on; the fields left out stay as they are. */
export interface NoticeUpdate {
  version: number;
  status: NoticeStatus;
  message: NoticeTextView;
  severity?: NoticeSeverity;
  title?: NoticeTextView;
  /** Null: no longer known. */
  expectedEndAt?: string | null;
  components?: string[];
  environments?: NoticeEnvironment[];
  audiences?: NoticeAudience[];
  keywords?: string[];
}

/** A component's state in one environment on the status page. */
export interface ComponentStatusView {
  component: string;
  names: NoticeTextView;
  environment: NoticeEnvironment;
  state: ComponentState;
  /** The notices in force on it. */
  notices: string[];
}

/** What `/status` and its feeds show: the state now, what is in force and ahead, the last 30 days. */
export interface StatusSummaryView {
  generatedAt: string;
  components: ComponentStatusView[];
  active: NoticeView[];
  upcoming: NoticeView[];
  recent: NoticeView[];
}

/** A subscriber to notices: who, how, and which notices they want (an empty list: all). */
export interface NoticeSubscriptionView {
  id: string;
  channel: SubscriptionChannel;
  email: string | null;
  webhookUrl: string | null;
  components: string[];
  environments: NoticeEnvironment[];
  audiences: NoticeAudience[];
  language: 'nb' | 'nn' | 'en';
  confirmed: boolean;
  /** The operator who set it up, or null when the subscriber did. */
  createdBy: string | null;
  createdAt: string;
  endedAt: string | null;
}

/** `POST /api/notice-subscriptions`: the subscription an operator set up; a webhook's signing secret (`whsec_…`) comes with it this once. */
export interface CreatedNoticeSubscriptionView extends NoticeSubscriptionView {
  webhookSecret?: string;
}

/**
 * `POST /api/notice-subscriptions` (and a subscriber's own): an email address or a webhook, and which
 * notices it wants (lists left out or empty: all; language left out: nb).
 */
export interface NewNoticeSubscription {
  channel: SubscriptionChannel;
  email?: string;
  webhookUrl?: string;
  components?: string[];
  environments?: NoticeEnvironment[];
  audiences?: NoticeAudience[];
  language?: Language;
}

/** One notice entry sent (or being sent) to one subscriber. */
export interface NoticeDeliveryView {
  id: string;
  subscriptionId: string;
  channel: SubscriptionChannel;
  /** Where it goes, without secrets or query strings. */
  target: string;
  noticeId: string;
  sequence: number;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
}

/** An inquiry's link to an incident, with why it was made. */
export interface IncidentLinkView {
  noticeId: string;
  title: NoticeTextView;
  status: NoticeStatus;
  linkedAt: string;
  explanation: string[];
  /** The same explanation as reason codes with their values, line for line; absent for a link made before links had them. */
  explanationCodes?: DecisionReason[];
}

/** An inquiry linked to an incident, as an incident's list shows it. */
export interface LinkedInquiryView {
  inquiryId: string;
  channel: Channel;
  status: string;
  linkedAt: string;
  /** When the incident's resolution text answered it; null while open. */
  answeredAt: string | null;
}

/** Inquiries per incident on the dashboard. */
export interface IncidentCountView {
  noticeId: string;
  title: NoticeTextView;
  status: NoticeStatus;
  linked: number;
  /** Linked and not yet resolved. */
  open: number;
}

/** Answering an incident's linked inquiries at once, and how far it got. */
export interface IncidentResolutionView {
  noticeId: string;
  state: 'running' | 'finished';
  total: number;
  answered: number;
  startedBy: string;
  startedAt: string;
  finishedAt: string | null;
}

/** Early warning: contacts in a category far above normal for the weekday and time. */
export interface IncidentSuggestionView {
  id: string;
  category: TechnicalCategory;
  windowStart: string;
  windowEnd: string;
  observed: number;
  /** Mean of the same window in the history, and how far above it `observed` is. */
  expected: number;
  ratio: number;
  /** A few of the inquiries' texts, personal data masked. */
  examples: string[];
  status: 'open' | 'confirmed' | 'dismissed';
  noticeId: string | null;
  createdAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
}

/** `POST /api/notices/:id/resolution`: the answer every still-open inquiry linked to the resolved incident is sent. */
export interface IncidentResolutionOrder {
  text: NoticeTextView;
}

/** `POST /api/incident-suggestions/:id/confirm`: the incident the operator registered for the rise. */
export interface IncidentSuggestionConfirmation {
  noticeId: string;
}
