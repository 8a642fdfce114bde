import type { CaseStatus, CaseType, Channel, Language } from '../vocabulary';
import type { HistoryEntryView } from './inquiries.view';

/** A service desk case (`SD-00042`): `GET /api/cases` and the answers of the changes to one. */
export interface CaseView {
  id: string;
  /** The inquiry the case was registered for. */
  inquiryId: string;
  /** The conversation's first inquiry; the reporter's replies join it. */
  threadId: string;
  type: CaseType;
  status: CaseStatus;
  owner: string | null;
  /** The reporter's language: notices are written in it. */
  language: Language;
  createdAt: string;
  updatedAt: string;
  /** The last update that counts for the reminder (status, owner). */
  lastUpdateAt: string;
  remindedAt: string | null;
}

/** `GET /api/cases/:id`: the case with its history, oldest first. */
export interface CaseDetailView extends CaseView {
  /** The channel the reporter used; notices go back through it. */
  channel: Channel;
  subject: string | null;
  history: HistoryEntryView[];
}

/** `POST /api/cases/:id/status`: the case's next status; the note goes to the reporter with the notice of the change. */
export interface CaseStatusChange {
  status: CaseStatus;
  note?: string;
}
