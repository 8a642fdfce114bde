import { Module } from '@nestjs/common';
import { bindPort, SurveyRepository } from '@inquiry-router/persistence';
import { SurveyAnswerLimit, SurveyStore } from './surveys.ports';
import { OfferSurveys } from './offer-surveys.use-case';
import { OfferSurveysHandler } from './offer-surveys.handler';
import { AnswerSurvey } from './answer-survey.use-case';
import { ReadSatisfaction } from './read-satisfaction.use-case';
import { SurveyPageController } from './survey-page.controller';
import { SatisfactionController } from './satisfaction.controller';
import { RedisSurveyAnswerLimit } from './survey-answer-limit';

/**
 * What inquirers say afterwards: the survey after resolution (a Kafka consumer of
 * `inquiry.work.v1`), its public page and answer, and the supervisors' satisfaction dashboard.
 * Kafka, Postgres, Redis, the clock and access come from the app's global modules.
 */
@Module({
  controllers: [SurveyPageController, SatisfactionController, OfferSurveysHandler],
  providers: [
    bindPort(SurveyStore, SurveyRepository),
    { provide: SurveyAnswerLimit, useClass: RedisSurveyAnswerLimit },
    OfferSurveys,
    AnswerSurvey,
    ReadSatisfaction,
  ],
})
export class SurveysModule {}
