import { Body, Controller, Get, Header, HttpCode, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { languageOrBokmal } from '@inquiry-router/contracts';
import { AnswerSurvey } from './answer-survey.use-case';
import { SurveyAnswerLimit } from './surveys.ports';
import { SurveyAnswerRequest, SurveyLinkQuery } from './surveys.requests';
import { answeredPage, expiredSurveyPage, invalidSurveyPage, surveyFormPage, thanksPage, tooManyAnswersPage } from './survey-pages';
import { PublicPageProblems } from '../public-pages/public-problem-page';

const html = 'text/html; charset=utf-8';

/**
 * Public, without sign-in: the page the survey message links to, and its form's answer. The
 * link's token is the only key (signed, expiring; see AnswerSurvey). Opening the link changes
 * nothing; the form's POST records the answer once — the first answer stands (a second gets 409
 * and the answer given) — and a client gets SURVEY_ANSWERS_PER_MINUTE answers a minute (429 after).
 */
@ApiTags('surveys')
@Controller('survey')
@UseFilters(PublicPageProblems)
export class SurveyPageController {
  constructor(
    private readonly surveys: AnswerSurvey,
    private readonly limit: SurveyAnswerLimit,
  ) {}

  @Get('')
  @Header('content-type', html)
  @ApiOperation({ summary: 'The survey link: a page with the question (1–5) and a comment field; opening it changes nothing' })
  @ApiResponse({ status: 200, description: 'the form, or the answer given already' })
  @ApiResponse({ status: 404, description: 'not a valid link' })
  @ApiResponse({ status: 410, description: 'the time to answer is over' })
  async form(@Query() query: SurveyLinkQuery, @Res({ passthrough: true }) res: Response): Promise<string> {
    const found = await this.surveys.find(query.token);
    switch (found.state) {
      case 'invalid':
      case 'expired':
        return unusableLinkPage(found.state, res);
      case 'answered':
        return answeredPage(languageOrBokmal(found.survey.language), found.survey.score!);
      case 'open':
        return surveyFormPage(languageOrBokmal(found.survey.language), found.survey.inquiryId, query.token);
    }
  }

  @Post('')
  @HttpCode(200)
  @Header('content-type', html)
  @ApiOperation({ summary: "The survey page's form (or JSON): records the score and comment; the first answer stands" })
  @ApiResponse({ status: 400, description: 'no token, a score outside 1–5, or a comment over 1000 characters' })
  @ApiResponse({ status: 404, description: 'not a valid link' })
  @ApiResponse({ status: 409, description: 'answered already: the first answer stands' })
  @ApiResponse({ status: 410, description: 'the time to answer is over' })
  @ApiResponse({ status: 429, description: 'too many answers from this client in a minute' })
  async answer(@Body() body: SurveyAnswerRequest, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<string> {
    if (!(await this.limit.allow(req.ip ?? 'unknown'))) {
      res.status(429).setHeader('retry-after', '60');
      return tooManyAnswersPage('nb');
    }
    const answered = await this.surveys.answer(body.token, body.score, body.comment ?? null);
    switch (answered.outcome) {
      case 'invalid':
      case 'expired':
        return unusableLinkPage(answered.outcome, res);
      case 'already-answered':
        res.status(409);
        return answeredPage(languageOrBokmal(answered.survey.language), answered.survey.score!);
      case 'recorded':
        return thanksPage(languageOrBokmal(answered.survey.language));
    }
  }
}

/** The page for a link that cannot be answered: not a valid one (404), or past the time to answer (410). */
function unusableLinkPage(why: 'invalid' | 'expired', res: Response): string {
  if (why === 'invalid') {
    res.status(404);
    return invalidSurveyPage('nb');
  }
  res.status(410);
  return expiredSurveyPage('nb');
}
