import { DynamicModule, Module } from '@nestjs/common';
import { periodicJob } from '@inquiry-router/runtime';
import { bindPort, SurveyRepository } from '@inquiry-router/persistence';
import { SurveyAnswerLimit, SurveyStore } from './surveys.ports';
import { OfferSurveys } from './offer-surveys.use-case';
import { AnswerSurvey } from './answer-survey.use-case';
import { ReadSatisfaction } from './read-satisfaction.use-case';
import { SurveyPageController } from './survey-page.controller';
import { SatisfactionController } from './satisfaction.controller';
import { RedisSurveyAnswerLimit } from './survey-answer-limit';
import { WorkdeskEnv } from '../workdesk.env';

/**
 * What inquirers say afterwards: the survey after resolution (a periodic job), its public page and
 * answer, and the supervisors' satisfaction dashboard. Postgres with its outbox, Redis, the clock
 * and access come from the app's global modules.
 */
@Module({})
export class SurveysModule {
  static register(env: WorkdeskEnv): DynamicModule {
    return {
      module: SurveysModule,
      controllers: [SurveyPageController, SatisfactionController],
      providers: [
        bindPort(SurveyStore, SurveyRepository),
        { provide: SurveyAnswerLimit, useClass: RedisSurveyAnswerLimit },
        OfferSurveys,
        periodicJob(OfferSurveys, { name: 'satisfaction-surveys', everyMs: env.SURVEY_CHECK_INTERVAL_MS }, (o, now) => o.execute(now)),
        AnswerSurvey,
        ReadSatisfaction,
      ],
    };
  }
}
