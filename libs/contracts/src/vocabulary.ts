/**
 * The contracts' plain words: the values a field may take, and the types named after them, without
 * the validating classes. The console imports this file alone (`@inquiry-router/contracts/vocabulary`),
 * so it must stay free of imports: class-validator and reflect-metadata stay out of the browser.
 */

/**
 * Who may do what: carried in every access token. A user may hold several roles (a supervisor
 * who is also an operator), except `agency`, which an account holds alone.
 */
export const RoleNames = ['adviser', 'supervisor', 'agency', 'admin', 'operator', 'editor'] as const;
export type Role = (typeof RoleNames)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (RoleNames as readonly string[]).includes(value);
}

// Who may do what, as sets of roles: the workdesk's handlers allow them (libs/access), and the
// console shows or hides what a user may do by the same sets.

/** Those who work on inquiries: advisers, and supervisors who step in. */
export const AdviserRoles = ['adviser', 'supervisor'] as const satisfies readonly Role[];

/** The portal's own support staff, who may read: advisers, supervisors and admins. */
export const SupportStaffRoles = ['adviser', 'supervisor', 'admin'] as const satisfies readonly Role[];

/** Those who change how the support runs (policy, opening hours, distribution, agency delivery). */
export const SupervisorRoles = ['supervisor', 'admin'] as const satisfies readonly Role[];

/** Those who register and update operational notices (incidents, planned maintenance): operations staff, supervisors and admins. */
export const OperatorRoles = ['operator', 'supervisor', 'admin'] as const satisfies readonly Role[];

/** Those who keep the help pages and the answer templates, and mark what was written for which questions: editors, supervisors and admins. */
export const EditorRoles = ['editor', 'supervisor', 'admin'] as const satisfies readonly Role[];

/** Those who read the help-page catalogue: the support staff who point people to the pages, and the editors who keep them. */
export const HelpPageReaderRoles = ['adviser', 'supervisor', 'admin', 'editor'] as const satisfies readonly Role[];

/** Who searches inquiries: advisers and supervisors among every inquiry, an agency's users among those forwarded to it. */
export const InquirySearcherRoles = [...AdviserRoles, 'agency'] as const satisfies readonly Role[];

/** An adviser's presence, as they set it and as the workdesk reports it. */
export const Presences = ['available', 'busy', 'away', 'offline'] as const;
export type Presence = (typeof Presences)[number];

export const Channels = ['phone', 'email', 'social'] as const;
export type Channel = (typeof Channels)[number];

/** The support's time zone: its opening hours and deadlines, the days and weeks of reports, the times told to inquirers. */
export const SupportTimeZone = 'Europe/Oslo';

/** A phone number in E.164: +, a country code and the number, at most 15 digits. */
export const E164Pattern = /^\+[1-9][0-9]{3,14}$/;

/** A uuid as Postgres takes it: ids of templates, persons, suggestions and drafts (anything else names none). */
export const UuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A calendar date as support in Norway names it: YYYY-MM-DD, a day in Oslo (whether it exists is the reader's check). */
export const LocalDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** A time of day in Oslo, HH:mm from 00:00 to 23:59, or 24:00: the end of a day (opening hours closing at midnight). */
export const LocalTimePattern = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** The minutes since the day's start of a HH:mm time (`LocalTimePattern`, not checked here): 24:00 is 1440. */
export function minutesOfLocalTime(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** A user's name as access tokens carry it and audits record it. */
export const UsernamePattern = /^[A-Za-z0-9._@-]{1,100}$/;

export const Languages = ['nb', 'nn', 'en'] as const;
export type Language = (typeof Languages)[number];

/** The locale each language formats dates and numbers in (`Intl`): Norway's for Norwegian, Britain's for English. */
export const IntlLocales: Readonly<Record<Language, string>> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** Whether a language tag, as stored or asked for, is one the system writes in. */
export function isLanguage(tag: string | null | undefined): tag is Language {
  return (Languages as readonly string[]).includes(tag ?? '');
}

/** The language to write to someone whose language is `tag`: theirs if the system writes in it, else bokmål. */
export function languageOrBokmal(tag: string | null | undefined): Language {
  return isLanguage(tag) ? tag : 'nb';
}

/** Largest body accepted on the bus; adapters store anything bigger out of band. */
export const MaxBodyLength = 100_000;

export const TechnicalCategories = [
  'login',
  'find-service',
  'roles-rights',
  'inbox',
  'form-filling',
  'attachments',
  'signing',
  'submission',
  'integration',
  'other',
] as const;
export type TechnicalCategory = (typeof TechnicalCategories)[number];

export function isTechnicalCategory(value: unknown): value is TechnicalCategory {
  return typeof value === 'string' && (TechnicalCategories as readonly string[]).includes(value);
}

/** Agency codes end up in routing targets (`agency:<code>`), so they follow the target syntax. */
export const AgencyCodePattern = /^[a-z0-9-]{2,20}$/;
export const AgencyCodes = ['skd', 'brg', 'nav', 'ssb', 'svv', 'mat', 'atil', 'ldir'] as const;
/** Agency codes are policy data; the defaults above are the eight default agreements. */
export type AgencyCode = string;

export const QueueNames = ['first-line', 'second-line', 'servicedesk'] as const;
export type QueueName = (typeof QueueNames)[number];

/** `first-line`, `second-line`, `servicedesk`, or `agency:<code>`. */
export type RoutingTarget = QueueName | `agency:${string}`;

export const Kinds = ['technical', 'subject-matter'] as const;
export type Kind = (typeof Kinds)[number];

export const CaseTypes = ['support', 'feil', 'bestilling'] as const;
export type CaseType = (typeof CaseTypes)[number];

/** A routing target as text: one of the queues, or `agency:` and an agency code. Built from both, so neither is spelt twice. */
export const TargetPattern = new RegExp(`^(${QueueNames.join('|')}|agency:${AgencyCodePattern.source.slice(1, -1)})$`);

/** Whether a name, as given or stored, is one of the fixed queues (not an agency target). */
export function isQueueName(name: unknown): name is QueueName {
  return typeof name === 'string' && (QueueNames as readonly string[]).includes(name);
}

export function isQueueTarget(target: RoutingTarget): target is QueueName {
  return isQueueName(target);
}

/** The routing target that forwards to an agency: `agency:<code>`. */
export function agencyTarget(code: AgencyCode): `agency:${string}` {
  return `agency:${code}`;
}

export function isAgencyTarget(target: string): target is `agency:${string}` {
  return target.startsWith('agency:');
}

/** The agency an agency target names; null for a queue (or anything else). */
export function agencyOfTarget(target: string): AgencyCode | null {
  return isAgencyTarget(target) ? target.slice('agency:'.length) : null;
}

/**
 * Where an inquiry stands. `queued` and `forward-pending` are the only states routing may
 * (re)act on; `in-thread` is a reply that joined a conversation still being handled. A reserved
 * inquiry is still `queued`, with the adviser it waits for in `reservedBy`.
 */
export const InquiryStatuses = ['queued', 'claimed', 'forward-pending', 'forwarded', 'resolved', 'in-thread'] as const;
export type InquiryStatus = (typeof InquiryStatuses)[number];

/** A service desk case's lifecycle states. */
export const CaseStatuses = ['registered', 'in-progress', 'waiting-reporter', 'waiting-supplier', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof CaseStatuses)[number];

/** Inquiry ids: 1-100 characters of A-Z a-z 0-9 . _ : - (a channel's own message id, prefixed, fits). */
export const InquiryIdPattern = /^[A-Za-z0-9._:-]{1,100}$/;

/** A case id, unanchored (to find one in a text, or build a pattern with other anchors): `SD-` and five or more digits. */
export const CaseIdSource = 'SD-[0-9]{5,}';
/** Case ids: `SD-` and five or more digits. */
export const CaseIdPattern = new RegExp(`^${CaseIdSource}$`);

/** The letters and digits of inquiry references (`IR-` and 12 of them): no I, O, 0, 1, as they are read aloud and typed by people. */
export const InquiryReferenceAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** An inquiry reference, unanchored and in capitals (readers find one in a text, or match a whole value, with their own anchors and flags). */
export const InquiryReferenceSource = `IR-[${InquiryReferenceAlphabet}]{12}`;

/** What recognises one person across channels: a key they write from or give, compared only as a keyed hash. */
export const IdentityKeyKinds = ['email', 'phone', 'social', 'national-id', 'organisation-number'] as const;
export type IdentityKeyKind = (typeof IdentityKeyKinds)[number];

/** What an adviser or supervisor does to a person's links and data; each is audited. */
export const InquirerAuditActions = ['merged', 'split', 'link-confirmed', 'link-rejected', 'exported', 'erased'] as const;
export type InquirerAuditAction = (typeof InquirerAuditActions)[number];

/** Who changed a decision: an adviser or supervisor correcting it, or the agency it was forwarded to returning it. */
export const ReclassificationSources = ['adviser-correction', 'agency-return'] as const;
export type ReclassificationSource = (typeof ReclassificationSources)[number];

/** Longest reason a person may give for a correction or a return. */
export const MaxReclassificationReasonLength = 1000;

/** Why a message goes back to an inquirer; the adapters use it for wording and history. */
export const OutboundPurposes = [
  'answer',
  'acknowledgement',
  'case-status',
  'forwarded-notice',
  'callback-offer',
  'reminder',
  /** The problem the inquirer asks about is a known incident: where to follow it. */
  'incident-notice',
  /** The incident the inquiry was linked to is resolved: the supervisor's resolution text. */
  'incident-resolution',
  /** After it was resolved: how satisfied the inquirer is (1–5), answered by reply or a public link. */
  'satisfaction-survey',
] as const;
export type OutboundPurpose = (typeof OutboundPurposes)[number];

/** How an inquirer answered the satisfaction survey: through its public link, or by replying to it. */
export const SurveyAnswerRoutes = ['link', 'reply'] as const;
export type SurveyAnswerRoute = (typeof SurveyAnswerRoutes)[number];

/** How a forwarded inquiry reaches an agency: its signed webhook, its support mailbox, or both. */
export const AgencyDeliveryChannels = ['webhook', 'mailbox'] as const;
export type AgencyDeliveryChannel = (typeof AgencyDeliveryChannels)[number];

/** Where a forwarded inquiry's delivery to an agency stands; `available`: the agency has no webhook or mailbox and reads it through the agency API; `failed`: retries ran out. */
export const AgencyDeliveryStatuses = ['pending', 'delivered', 'available', 'failed'] as const;
export type AgencyDeliveryStatus = (typeof AgencyDeliveryStatuses)[number];

/** What happened to an inquiry in the advisers' hands; one `inquiry.work.v1` event each. */
export const WorkEventTypes = [
  'reserved',
  'accepted',
  'reservation-lapsed',
  'released',
  'escalated',
  'forwarded',
  'sent-to-servicedesk',
  'resolved',
  'put-back',
  'overflowed',
  /** Sent to another queue before queueing, because the expected wait in its own was too long. */
  'diverted',
  /** A trainee's escalation, handed to their mentor before the second line. */
  'escalated-to-mentor',
] as const;
export type WorkEventType = (typeof WorkEventTypes)[number];

/**
 * What an inquiry's history records of a message to the inquirer: sent, to be said on a call back
 * (phone), or not deliverable to this inquirer on the channel (a withheld number, no address).
 */
export const OutboundHistoryEvents = ['message-sent', 'callback-requested', 'message-undeliverable'] as const;
export type OutboundHistoryEvent = (typeof OutboundHistoryEvents)[number];

/**
 * Every event an inquiry's history records (`inquiry_history.event`), as the console names them:
 * the events of the advisers' work, and those of the router, the service desk's cases, the
 * service levels, the agencies' deliveries, messages to the inquirer and erasure.
 */
export const InquiryHistoryEvents = [
  ...WorkEventTypes,
  'routed',
  'reply-received',
  'answered',
  'reclassified',
  'reclassification-skipped',
  'linked-to-incident',
  ...OutboundHistoryEvents,
  'case-registered',
  'case-status-changed',
  'case-owner-changed',
  'case-reply-received',
  'case-reminder',
  'sla-warning',
  'sla-breached',
  'agency-delivered',
  'agency-available',
  'agency-delivery-retry',
  'agency-delivery-failed',
  'agency-acknowledged',
  'erased',
] as const;
export type InquiryHistoryEventName = (typeof InquiryHistoryEvents)[number];

/** Operational notices: an unplanned incident, or planned maintenance announced ahead. */
export const NoticeKinds = ['incident', 'maintenance'] as const;
export type NoticeKind = (typeof NoticeKinds)[number];

/** An incident's course; `resolved` ends it. */
export const IncidentStatuses = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type IncidentStatus = (typeof IncidentStatuses)[number];

/** Planned maintenance's course; `completed` (or `cancelled` before it started) ends it. */
export const MaintenanceStatuses = ['scheduled', 'in-progress', 'completed', 'cancelled'] as const;
export type MaintenanceStatus = (typeof MaintenanceStatuses)[number];

export type NoticeStatus = IncidentStatus | MaintenanceStatus;
export const NoticeStatuses = [...IncidentStatuses, ...MaintenanceStatuses] as const;

/** The statuses that end a notice: nothing may follow them. */
export const EndingNoticeStatuses = ['resolved', 'completed', 'cancelled'] as const satisfies readonly NoticeStatus[];

export function isEndingNoticeStatus(status: NoticeStatus): boolean {
  return (EndingNoticeStatuses as readonly NoticeStatus[]).includes(status);
}

/**
 * The statuses that may follow `from` (the workdesk checks each change by them, the console offers
 * them). An incident moves forward through investigating → identified → monitoring → resolved and
 * may skip steps, or fall back (monitoring showed it is not over); maintenance goes scheduled → in
 * progress → completed, or is cancelled before it starts. An ended notice takes no new status; an
 * update may keep the status to add a message.
 */
export function nextNoticeStatuses(kind: NoticeKind, from: NoticeStatus): readonly NoticeStatus[] {
  if (isEndingNoticeStatus(from)) return [];
  if (kind === 'incident') return IncidentStatuses;
  if (from === 'scheduled') return ['scheduled', 'in-progress', 'completed', 'cancelled'];
  return ['in-progress', 'completed'];
}

/** Which of the portal's environments a notice concerns. */
export const NoticeEnvironments = ['production', 'test'] as const;
export type NoticeEnvironment = (typeof NoticeEnvironments)[number];

/** Who a notice is for: the public, the agencies that own services, the vendors of end-user systems. */
export const NoticeAudiences = ['end-users', 'service-owners', 'vendors'] as const;
export type NoticeAudience = (typeof NoticeAudiences)[number];

/** How badly a notice affects the portal; maintenance is usually `minor` or `major`. */
export const NoticeSeverities = ['minor', 'major', 'critical'] as const;
export type NoticeSeverity = (typeof NoticeSeverities)[number];

/** A component's state on the status page, the worst of the notices in force on it. */
export const ComponentStates = ['operational', 'maintenance', 'degraded', 'partial-outage', 'major-outage'] as const;
export type ComponentState = (typeof ComponentStates)[number];

/** A portal component's code (`login`, `innboks`), as notices and their subscriptions name it. */
export const ComponentCodePattern = /^[a-z][a-z0-9-]{1,39}$/;
/** Notice ids: `DRIFT-` and five or more digits (driftsmelding). */
export const NoticeIdPattern = /^DRIFT-[0-9]{5,}$/;

/** How a subscriber receives notices. */
export const SubscriptionChannels = ['email', 'webhook'] as const;
export type SubscriptionChannel = (typeof SubscriptionChannels)[number];

/** How far an adviser has come in a category or queue: a trainee takes work only where they train, with a mentor. */
export const CompetenceLevels = ['in-training', 'qualified', 'mentor'] as const;
export type CompetenceLevel = (typeof CompetenceLevels)[number];

/** What a competence is held in: a technical category or a whole queue. */
export const CompetenceAreaKinds = ['category', 'queue'] as const;
export type CompetenceAreaKind = (typeof CompetenceAreaKinds)[number];

/** What advisers must take in: a new agreement version, a changed procedure, an active incident. */
export const AdviserUpdateKinds = ['agreement-version', 'procedure', 'incident'] as const;
export type AdviserUpdateKind = (typeof AdviserUpdateKinds)[number];

/**
 * The placeholders a saved answer (answer template) may use, filled when an adviser answers with it:
 * `{reference}` the inquiry's reference, `{name}` the inquirer's name as they gave it, `{adviser}`
 * who answers, `{helpPage}` the help page the template links to.
 */
export const AnswerPlaceholders = ['reference', 'name', 'adviser', 'helpPage'] as const;
export type AnswerPlaceholder = (typeof AnswerPlaceholders)[number];

/**
 * Why a routing decision went where it did, as codes a reader can put in its own language: each
 * reason of a decision has one, with the values its message needs (`DecisionReason`). Closed: a
 * new kind of reason is a new code here and a message for it in every language the console speaks.
 */
export const ReasonCodes = [
  // The classifier's rules.
  'sent-to-servicedesk',
  'servicedesk-matter',
  'boundary-blocking',
  'boundary-error-code',
  'agreement',
  'agreement-by-subject',
  'agreement-exception',
  'subject-matter-question',
  'technical-aside',
  'another-agreement',
  'not-enough-for-agency',
  'portal-question',
  'portal-agency-not-named',
  'category',
  'category-no-words',
  'case-type-support',
  'case-type-order',
  'case-type-error',
  'second-line',
  // The classifier's text model.
  'model-route',
  'model-category',
  'model-case-type',
  'model-first-line-doubt',
  'model-predates-agreement',
  // The confidence threshold.
  'low-confidence',
  'low-confidence-best-guess',
  // People and the router changing or adding to a decision.
  'corrected',
  'previously-routed',
  'returned-by-agency',
  'first-line-triage',
  'forwarded-by-adviser',
  'repeat-contact',
  'diverted',
  'agency-without-agreement',
  'reply-not-joined',
  'incident-linked',
  'incident-category',
  'incident-words',
  'incident-in-force',
  // Made up by the history generator (tools/history), for development and load tests.
  'generated-history',
] as const;
export type ReasonCode = (typeof ReasonCodes)[number];

/**
 * A reason's values. Plain text is quoted as found (words of the inquiry, a note, a name); a
 * value that is a term of the vocabulary or a time is named after what it is (`ReasonTermParams`),
 * so a reader shows it in its own language; an optional list comes with its count (`wordCount`),
 * 0 when there is none, so a message can leave it out.
 */
export type ReasonParams = Record<string, string | number>;

/** One reason of a decision, beside its English text at the same position of `reasons`. */
export interface DecisionReason {
  code: ReasonCode;
  params: ReasonParams;
}

/** The values each reason's message takes, by name: what a producer gives and a message may use. */
export const ReasonCodeParams = {
  'sent-to-servicedesk': ['via', 'address'],
  'servicedesk-matter': ['terms', 'termCount'],
  'boundary-blocking': ['terms'],
  'boundary-error-code': [],
  agreement: ['agency', 'name', 'formNumbers', 'formNumberCount', 'serviceCodes', 'serviceCodeCount', 'words', 'wordCount'],
  'agreement-by-subject': ['agency', 'name'],
  'agreement-exception': ['agency', 'description'],
  'subject-matter-question': ['terms'],
  'technical-aside': ['aside'],
  'another-agreement': ['score', 'best'],
  'not-enough-for-agency': ['agency', 'score', 'portal'],
  'portal-question': [],
  'portal-agency-not-named': ['agency'],
  category: ['category', 'terms'],
  'category-no-words': ['scope'],
  'case-type-support': [],
  'case-type-order': ['terms'],
  'case-type-error': ['terms'],
  'second-line': ['errorCodes', 'errorCodeCount', 'earlierContact', 'earlierContactCount', 'escalatedThread', 'escalatedThreadCount'],
  'model-route': ['version', 'route', 'p', 'nextRoute', 'nextP', 'pulledBy', 'pulledByCount'],
  'model-category': ['category', 'p', 'words', 'wordCount', 'pulledBy', 'pulledByCount'],
  'model-case-type': ['caseType', 'p', 'words', 'wordCount', 'pulledBy', 'pulledByCount'],
  'model-first-line-doubt': ['p', 'pulledBy', 'pulledByCount'],
  'model-predates-agreement': ['version', 'agency'],
  'low-confidence': ['confidence', 'threshold'],
  'low-confidence-best-guess': ['confidence', 'threshold', 'target'],
  corrected: ['actor', 'reason'],
  'previously-routed': ['target'],
  'returned-by-agency': ['agency', 'reason'],
  'first-line-triage': [],
  'forwarded-by-adviser': ['agency', 'actor', 'note'],
  'repeat-contact': ['inquiryId', 'channel', 'receivedAt', 'sameMatter', 'category', 'state', 'keys', 'keyCount'],
  diverted: ['from', 'to', 'expectedWaitMinutes'],
  'agency-without-agreement': ['agency'],
  'reply-not-joined': ['reference'],
  'incident-linked': ['noticeId', 'title'],
  'incident-category': ['category', 'components'],
  'incident-words': ['words'],
  'incident-in-force': ['startsAt'],
  'generated-history': [],
} as const satisfies Record<ReasonCode, readonly string[]>;

/**
 * The rule signals the text model reads beside the words (its features `rule:<signal>`, some per
 * agency or category: `agency:nav`), which a reason quotes in brackets when they pulled the model.
 */
export const ModelSignals = [
  'sent-to-servicedesk',
  'blocking',
  'blocking-strong',
  'aside-blocking',
  'error-code',
  'earlier-contact',
  'escalated-thread',
  'support-reply',
  'still-unsolved',
  'integration',
  'integration-strong',
  'service-owner',
  'service-owner-strong',
  'question',
  'question-strong',
  'case-feil',
  'case-bestilling',
  'agency',
  'agency-strong',
  'agency-identifier',
  'exception',
  'category',
  'ivr',
] as const;
export type ModelSignal = (typeof ModelSignals)[number];

/**
 * The parameters whose values are vocabulary terms or times, by what they are: a reader shows a
 * category, a target (`first-line`, `agency:nav`), a case type, a channel or a list of identity
 * key kinds (comma-separated) by its own name, and an ISO time in its own format. A route of the
 * text model (`route`) is a target or `technical` (the portal's own, first or second line); `-`: none. What pulled the
 * text model (`model-features`) is a list joined by ", " of quoted words (`"bankid"`) and
 * bracketed signals (`[blocking]`, `[agency:nav]`, see `ModelSignals`).
 */
export const ReasonTermParams = {
  category: 'category',
  caseType: 'case-type',
  target: 'target',
  route: 'route',
  nextRoute: 'route',
  from: 'target',
  to: 'target',
  channel: 'channel',
  keys: 'identity-keys',
  receivedAt: 'time',
  startsAt: 'time',
  pulledBy: 'model-features',
} as const satisfies Record<
  string,
  'category' | 'case-type' | 'target' | 'channel' | 'identity-keys' | 'time' | 'model-features' | 'route'
>;
