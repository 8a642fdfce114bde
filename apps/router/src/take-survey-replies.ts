import { Injectable, Logger } from '@nestjs/common';
import type { InquiryClassified } from '@inquiry-router/contracts';
import { Clock } from '@inquiry-router/runtime';
import { readSurveyReply, surveyAnswerOfReply } from '@inquiry-router/surveys';
import { SurveyReplies } from './router.ports';

/**
 * Replies to a satisfaction survey that answer it (`4`, `5 takk!`, from the person asked, to the
 * conversation of an open survey) are recorded as the survey's answer and not routed: they are
 * not new work. Any other reply, a later one included, is routed as before. A redelivered answer is
 * known by its id and set aside again.
 */
@Injectable()
export class TakeSurveyReplies {
  private readonly log = new Logger(TakeSurveyReplies.name);

  constructor(
    private readonly surveys: SurveyReplies,
    private readonly clock: Clock,
  ) {}

  /** The batch without the replies taken as survey answers. */
  async setAside(batch: InquiryClassified[]): Promise<InquiryClassified[]> {
    const candidates = batch.filter((c) => c.inquiry.threadRef && readSurveyReply(c.inquiry.body));
    if (candidates.length === 0) return batch;
    const now = this.clock.now();
    const taken = new Set(await this.surveys.repliesTakenAsAnswers(candidates.map((c) => c.inquiry.id)));
    const open = await this.surveys.openSurveysOf([...new Set(candidates.map((c) => c.inquiry.threadRef!))], now);
    for (const { inquiry } of candidates) {
      if (taken.has(inquiry.id)) continue;
      const survey = open.find((s) => s.reference === inquiry.threadRef);
      const answer = survey && surveyAnswerOfReply(inquiry, survey);
      if (!survey || !answer) continue;
      if ((await this.surveys.answerByReply(survey.surveyId, inquiry.id, answer, now)) !== 'recorded') continue;
      taken.add(inquiry.id);
      this.log.log({ inquiryId: survey.inquiryId, replyId: inquiry.id, score: answer.score }, 'survey answered by reply');
    }
    return taken.size === 0 ? batch : batch.filter((c) => !taken.has(c.inquiry.id));
  }
}
