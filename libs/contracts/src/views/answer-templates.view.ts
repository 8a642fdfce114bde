import type { AnswerPlaceholder, Language, TechnicalCategory } from '../vocabulary';

/** A saved answer as editors keep it and advisers choose it. */
export interface AnswerTemplateView {
  id: string;
  title: string;
  language: Language;
  /** The text with its placeholders (`{name}`, …) as written. */
  body: string;
  /** The technical category it answers, if one. */
  category: string | null;
  /** The help page it comes from. */
  helpPageUrl: string | null;
  /** The placeholders its body uses, in order. */
  placeholders: AnswerPlaceholder[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  /** Set once retired: offered no more. */
  retiredAt: string | null;
}

/** A placeholder that could not be filled for the inquiry, and why: left in the text for the adviser to write. */
export interface MissingPlaceholderView {
  placeholder: AnswerPlaceholder;
  reason: string;
}

/** A template filled for one inquiry: what the answer field starts with; the adviser may change it before sending. */
export interface FilledAnswerTemplateView {
  templateId: string;
  inquiryId: string;
  text: string;
  missing: MissingPlaceholderView[];
}

/** `POST /api/answer-templates`, `PUT …/:id`: what an editor writes of a saved answer. */
export interface AnswerTemplateDraft {
  title: string;
  language: Language;
  /** The text, with placeholders (`{name}`, …) from `AnswerPlaceholders` only. */
  body: string;
  /** Null or left out: no particular category. */
  category?: TechnicalCategory | null;
  /** Null or left out: no help page. */
  helpPageUrl?: string | null;
}
