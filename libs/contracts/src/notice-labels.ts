import type { Language, NoticeAudience, NoticeEnvironment, NoticeKind, NoticeSeverity, NoticeStatus } from './vocabulary';

/**
 * A notice's text (a title, a description, an update's message, a component's names) in the
 * reader's language, bokmål where that was not written: an empty translation counts as not
 * written. No text at all (a component the reader does not know) is empty.
 */
export function textIn(text: { nb: string; nn?: string; en?: string } | null | undefined, language: Language): string {
  if (!text) return '';
  return text[language] || text.nb;
}

/** The words for a notice's facts in one language. */
export interface NoticeLabels {
  kinds: Record<NoticeKind, string>;
  statuses: Record<NoticeStatus, string>;
  severities: Record<NoticeSeverity, string>;
  environments: Record<NoticeEnvironment, string>;
  audiences: Record<NoticeAudience, string>;
}

/**
 * What a notice's kind, status, severity, environments and audiences are called wherever they are
 * read (the status page, its feeds, the mail to subscribers, the console), so an incident has one
 * name in all of them. Plain values only: the console imports this file on its own.
 */
export const NoticeLabelsIn: Record<Language, NoticeLabels> = {
  nb: {
    kinds: { incident: 'Driftsavvik', maintenance: 'Planlagt vedlikehold' },
    statuses: {
      investigating: 'Undersøkes',
      identified: 'Årsak funnet',
      monitoring: 'Overvåkes',
      resolved: 'Løst',
      scheduled: 'Planlagt',
      'in-progress': 'Pågår',
      completed: 'Fullført',
      cancelled: 'Avlyst',
    },
    severities: { minor: 'Mindre alvorlig', major: 'Alvorlig', critical: 'Kritisk' },
    environments: { production: 'Produksjon', test: 'Test' },
    audiences: { 'end-users': 'Sluttbrukere', 'service-owners': 'Tjenesteeiere', vendors: 'Leverandører av sluttbrukersystemer' },
  },
  nn: {
    kinds: { incident: 'Driftsavvik', maintenance: 'Planlagt vedlikehald' },
    statuses: {
      investigating: 'Blir undersøkt',
      identified: 'Årsak funnen',
      monitoring: 'Blir overvaka',
      resolved: 'Løyst',
      scheduled: 'Planlagt',
      'in-progress': 'Pågår',
      completed: 'Fullført',
      cancelled: 'Avlyst',
    },
    severities: { minor: 'Mindre alvorleg', major: 'Alvorleg', critical: 'Kritisk' },
    environments: { production: 'Produksjon', test: 'Test' },
    audiences: { 'end-users': 'Sluttbrukarar', 'service-owners': 'Tenesteeigarar', vendors: 'Leverandørar av sluttbrukarsystem' },
  },
  en: {
    kinds: { incident: 'Incident', maintenance: 'Planned maintenance' },
    statuses: {
      investigating: 'Investigating',
      identified: 'Identified',
      monitoring: 'Monitoring',
      resolved: 'Resolved',
      scheduled: 'Scheduled',
      'in-progress': 'In progress',
      completed: 'Completed',
      cancelled: 'Cancelled',
    },
    severities: { minor: 'Minor', major: 'Major', critical: 'Critical' },
    environments: { production: 'Production', test: 'Test' },
    audiences: { 'end-users': 'End users', 'service-owners': 'Service owners', vendors: 'End-user-system vendors' },
  },
};
