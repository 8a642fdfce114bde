import type {
  PlannedSurvey,
  ResolvedInquiryRow,
  SurveyAnswerOutcome,
  SurveyCandidate,
  SurveyCommentRow,
  SurveyConsideration,
  SurveyConsidered,
  SurveyRecord,
} from '@inquiry-router/persistence';

/** The satisfaction surveys: considered once per resolved inquiry, answered by link, counted for the dashboard. */
export abstract class SurveyStore {
  abstract resolvedUnconsidered(since: Date, limit: number): Promise<string[]>;
  abstract consider(
    inquiryId: string,
    recipientKeyOf: (candidate: SurveyCandidate) => string,
    plan: (consideration: SurveyConsideration) => PlannedSurvey,
  ): Promise<SurveyConsidered>;
  abstract findByLink(surveyId: string, tokenHash: string): Promise<SurveyRecord | null>;
  abstract answerByLink(
    surveyId: string,
    tokenHash: string,
    answer: { score: number; comment: string | null },
    now: Date,
  ): Promise<SurveyAnswerOutcome>;
  abstract resolvedBetween(from: Date, to: Date): Promise<ResolvedInquiryRow[]>;
  abstract commentsBetween(from: Date, to: Date, limit: number): Promise<SurveyCommentRow[]>;
}

/** Counts a client's answers through the public page, so nobody floods it. */
export abstract class SurveyAnswerLimit {
  /** True while `client` is within its answers for this minute (the call counts one). */
  abstract allow(client: string): Promise<boolean>;
}
