/** What the satisfaction dashboard groups by. */
export type SatisfactionDimensionName = 'queue' | 'channel' | 'category' | 'adviser';

/** Satisfaction and waiting time of one group (or of all inquiries) in the period. */
export interface SatisfactionFiguresView {
  /** The group's value (a queue, channel, category or adviser); null: none (no category, nobody accepted it). */
  key: string | null;
  /** Inquiries resolved in the period. */
  resolved: number;
  surveysSent: number;
  answers: number;
  /** Mean score 1–5 of the answers; null without answers. */
  averageScore: number | null;
  /** Answers per survey sent (0–1); null when none was sent. */
  responseRate: number | null;
  /** From received to first accepted by an adviser, in seconds; null when none in the group was accepted. */
  medianWaitSeconds: number | null;
  averageWaitSeconds: number | null;
}

/** `GET /api/satisfaction?from&to`: the period's figures in all and per queue, channel, category and adviser. */
export interface SatisfactionReportView {
  from: string;
  to: string;
  total: SatisfactionFiguresView;
  byQueue: SatisfactionFiguresView[];
  byChannel: SatisfactionFiguresView[];
  byCategory: SatisfactionFiguresView[];
  byAdviser: SatisfactionFiguresView[];
}

/** One comment an inquirer gave with their score, personal data masked. */
export interface SurveyCommentView {
  inquiryId: string;
  answeredAt: string;
  score: number;
  /** Emails, phone and national identity numbers masked. */
  comment: string;
  queue: string | null;
  channel: string;
  category: string | null;
  adviser: string | null;
}

/** `GET /api/satisfaction/comments?from&to`: supervisors only, newest first. */
export interface SurveyCommentsView {
  from: string;
  to: string;
  items: SurveyCommentView[];
}
