// Help-page insights as the workdesk answers them (`/api/help-pages`, `/api/help-insights/...`)
// and the console's help-page and report pages show them. Plain types only: the console imports them.
import type { Language } from '../vocabulary';

/** A page of the portal's help, as editors keep it in the catalogue. */
export interface HelpPageView {
  id: string;
  url: string;
  title: string;
  language: Language;
  keywords: string[];
  /** The inquiry categories it is written for (empty: any). */
  topics: string[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

/** `POST /api/help-pages`: a page an editor adds to the catalogue (keywords and topics left out: none). */
export interface NewHelpPage {
  url: string;
  title: string;
  language: Language;
  keywords?: string[];
  topics?: string[];
}

/** A term of a cluster's signature: a normalised word and its weight in the cluster's centre. */
export interface ClusterTermView {
  term: string;
  weight: number;
}

/** What a cluster is known by across periods: its category and the weighted terms at its centre. */
export interface ClusterSignatureView {
  category: string;
  terms: ClusterTermView[];
}

/**
 * A saved answer used on a cluster's contacts: which one (its title and language as now kept) and
 * how many answers were made from it. A retired template still counts, and says so.
 */
export interface ClusterTemplateUseView {
  templateId: string;
  title: string;
  language: Language;
  retired: boolean;
  uses: number;
}

/** Contacts in one ISO week (Europe/Oslo), e.g. `2026-W49`. */
export interface WeekCountView {
  week: string;
  count: number;
}

/** The help page a cluster matches best, and how well (the share of the cluster's centre its words cover). */
export interface HelpPageMatchView {
  helpPageId: string;
  url: string;
  title: string;
  score: number;
}

/** Contacts about a mark's cluster in two windows of the same length either side of the mark. */
export interface MarkEffectView {
  windowDays: number;
  before: { from: string; to: string; count: number; categoryCount: number };
  after: { from: string; to: string; count: number; categoryCount: number };
}

/** An editor's mark: this help page was written or changed for this cluster. */
export interface HelpPageMarkView {
  id: string;
  signature: ClusterSignatureView;
  /** The words the cluster was shown by when marked. */
  labels: string[];
  /** The page, while it is in the catalogue (null once deleted; its address stays). */
  helpPageId: string | null;
  helpPageUrl: string | null;
  change: 'written' | 'changed';
  note: string | null;
  markedAt: string;
  markedBy: string;
}

/** `POST /api/help-insights/marks`: a help page written or changed for a cluster, known by its signature as the report gives it. */
export interface NewHelpPageMark {
  category: string;
  signature: ClusterTermView[];
  /** The words the cluster is shown by. */
  labels?: string[];
  helpPageId: string;
  change: 'written' | 'changed';
  note?: string;
  /** When the page was published (ISO 8601); left out: now. */
  markedAt?: string;
}

export interface HelpPageMarkReportView extends HelpPageMarkView {
  effect: MarkEffectView;
  /** The cluster of the report's period it is found in again, if any. */
  clusterId: string | null;
}

/** Measures over a set of contacts. */
export interface ContactMeasuresView {
  count: number;
  resolved: number;
  /** Of those resolved, the share resolved in the first contact (no reopen, no earlier contact by the same person on the same matter); null when none resolved. */
  firstContactShare: number | null;
  /** Mean seconds from the last acceptance to the resolve; null when none was handled by an adviser. */
  averageHandleSeconds: number | null;
}

/** Questions that resemble one another, within a category. */
export interface QuestionClusterView extends ContactMeasuresView {
  id: string;
  labels: string[];
  signature: ClusterSignatureView;
  /** A few of its questions nearest its centre, personal data masked. */
  examples: string[];
  weeks: WeekCountView[];
  /** The best matching help page, or null: a gap. */
  helpPage: HelpPageMatchView | null;
  /** The saved answers its contacts were answered with, most used first. */
  templates: ClusterTemplateUseView[];
  marks: HelpPageMarkReportView[];
}

export interface InsightsCategoryView extends ContactMeasuresView {
  category: string;
  weeks: WeekCountView[];
  clusters: QuestionClusterView[];
  /** Contacts in no cluster (questions too unlike the others). */
  unclustered: number;
}

/** The report for a period [from, to): categories, their clusters and the editors' marks. */
export interface HelpInsightsReportView extends ContactMeasuresView {
  from: string;
  to: string;
  weeks: string[];
  categories: InsightsCategoryView[];
  gaps: number;
  marks: HelpPageMarkReportView[];
}
