import { Injectable } from '@nestjs/common';
import type { SurveyRecord } from '@inquiry-router/persistence';
import { Clock } from '@inquiry-router/runtime';
import { readSurveyToken, surveyTokenHash } from '@inquiry-router/surveys';
import { WorkdeskEnv } from '../workdesk.env';
import { SurveyStore } from './surveys.ports';

/** What a link finds: its survey (open or answered), or why it is no use. */
export type SurveyByLink = { state: 'open' | 'answered'; survey: SurveyRecord } | { state: 'invalid' } | { state: 'expired' };

export type SurveyAnswered =
  | { outcome: 'recorded'; survey: SurveyRecord }
  /** The first answer stands: a second is refused, whether by link or reply. */
  | { outcome: 'already-answered'; survey: SurveyRecord }
  | { outcome: 'invalid' }
  | { outcome: 'expired' };

/**
 * The survey's public link: the token's signature and expiry are checked first (a forged or
 * malformed token never reaches the database), then its hash must be the one the survey was sent
 * with. Answering records the score and comment once; the first answer stands.
 */
@Injectable()
export class AnswerSurvey {
  constructor(
    private readonly surveys: SurveyStore,
    private readonly clock: Clock,
    private readonly env: WorkdeskEnv,
  ) {}

  async find(token: string): Promise<SurveyByLink> {
    const read = readSurveyToken(this.env.surveyTokenSecret, token, this.clock.now());
    if (!read.valid) return read.why === 'expired' ? { state: 'expired' } : { state: 'invalid' };
    const survey = await this.surveys.findByLink(read.surveyId, surveyTokenHash(token));
    if (!survey) return { state: 'invalid' };
    return { state: survey.answeredAt ? 'answered' : 'open', survey };
  }

  async answer(token: string, score: number, comment: string | null): Promise<SurveyAnswered> {
    const now = this.clock.now();
    const read = readSurveyToken(this.env.surveyTokenSecret, token, now);
    if (!read.valid) return read.why === 'expired' ? { outcome: 'expired' } : { outcome: 'invalid' };
    const tokenHash = surveyTokenHash(token);
    const outcome = await this.surveys.answerByLink(read.surveyId, tokenHash, { score, comment: comment?.trim() || null }, now);
    if (outcome === 'unknown') return { outcome: 'invalid' };
    if (outcome === 'expired') return { outcome: 'expired' };
    return { outcome, survey: (await this.surveys.findByLink(read.surveyId, tokenHash))! };
  }
}
