// Advisers' competences, mentors and the updates they must confirm, as the workdesk answers them
// (`/api/competences`, `/api/adviser-updates`, `/api/mentoring`) and the console shows them. Plain types only.
import type { AdviserUpdateKind, CompetenceAreaKind, CompetenceLevel, QueueName, TechnicalCategory } from '../vocabulary';

/** One adviser's level in one category or queue, and their mentor there (trainees only). */
export interface CompetenceView {
  areaKind: CompetenceAreaKind;
  /** A technical category or a queue name. */
  area: string;
  level: CompetenceLevel;
  mentor: string | null;
  updatedBy: string;
  updatedAt: string;
}

/** An adviser on the register with their competences; no competence means qualified everywhere their queues allow. */
export interface AdviserCompetencesView {
  adviser: string;
  lines: string[];
  competences: CompetenceView[];
}

/** One change of a competence: who changed what, from what, to what, when. Null level: none (added or removed). */
export interface CompetenceAuditView {
  adviser: string;
  areaKind: CompetenceAreaKind;
  area: string;
  fromLevel: CompetenceLevel | null;
  toLevel: CompetenceLevel | null;
  fromMentor: string | null;
  toMentor: string | null;
  changedBy: string;
  changedAt: string;
}

/** An update advisers must take in, as published. */
export interface AdviserUpdateView {
  id: string;
  kind: AdviserUpdateKind;
  title: string;
  body: string;
  categories: string[];
  queues: string[];
  requiredBeforeClaiming: boolean;
  agreementVersion: string | null;
  incidentId: string | null;
  publishedBy: string;
  publishedAt: string;
}

/** An update as the adviser it reaches sees it: confirmed or not. */
export interface MyAdviserUpdateView extends AdviserUpdateView {
  confirmedAt: string | null;
}

/** Who an update reaches, and who of them has confirmed it. */
export interface AdviserUpdateConfirmationsView {
  update: AdviserUpdateView;
  confirmed: { adviser: string; confirmedAt: string }[];
  unconfirmed: string[];
}

/** An inquiry a trainee escalated to the mentor, waiting for the mentor to answer it or pass it on. */
export interface MenteeEscalationView {
  inquiryId: string;
  trainee: string;
  category: string | null;
  queue: string | null;
  note: string;
  escalatedAt: string;
}

/** `PUT /api/competences/:adviser`: one competence to set; `level: null` removes it. */
export interface CompetenceSetting {
  areaKind: CompetenceAreaKind;
  /** A technical category (areaKind `category`) or a queue name (areaKind `queue`). */
  area: string;
  level: CompetenceLevel | null;
  /** A trainee's mentor: an adviser at the mentor level in the same area. */
  mentor?: string | null;
}

/** `POST /api/adviser-updates`: an update advisers must take in; no categories and no queues: all advisers. */
export interface NewAdviserUpdate {
  kind: AdviserUpdateKind;
  title: string;
  body: string;
  categories?: TechnicalCategory[];
  queues?: QueueName[];
  /** Advisers may not claim work in its categories and queues until they confirm it. */
  requiredBeforeClaiming?: boolean;
  /** The agreement version it announces. */
  agreementVersion?: string;
  /** The incident (notice id) it is about. */
  incidentId?: string;
}
