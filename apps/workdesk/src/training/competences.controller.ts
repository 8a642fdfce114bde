import { Body, Param, Query } from '@nestjs/common';
import { type AdviserCompetencesView, type CompetenceAuditView, type CompetenceView, UsernamePattern } from '@inquiry-router/contracts';
import { Advisers, AuthenticatedUser, CurrentUser, Endpoint, Supervisors } from '@inquiry-router/access';
import { ApiController } from '@inquiry-router/runtime';
import { Competences } from './training.ports';
import { SetCompetence } from './set-competence.use-case';
import { CompetenceAuditQuery, SetCompetenceRequest } from './training.requests';
import {
  AdviserCompetencesDoc,
  CompetenceAuditDoc,
  CompetenceDoc,
  toAdviserCompetencesView,
  toCompetenceAuditView,
  toCompetenceView,
} from './training.views';
import { AdviserNotOnRegister } from './training-errors';

/**
 * Advisers' competences: per category or queue a level (in training, qualified, mentor) and a
 * trainee's mentor. Supervisors keep them, every change audited; an adviser reads their own.
 */
@ApiController('competences')
export class CompetencesController {
  constructor(
    private readonly competences: Competences,
    private readonly setCompetence: SetCompetence,
  ) {}

  @Endpoint('GET', '', Supervisors, {
    summary: 'every adviser on the register with their queues and competences, by name',
    ok: { type: [AdviserCompetencesDoc] },
  })
  async register(): Promise<AdviserCompetencesView[]> {
    return (await this.competences.register()).map(toAdviserCompetencesView);
  }

  @Endpoint('GET', 'audit', Supervisors, {
    summary: 'every change of a competence, newest first: who changed what, from what, to what, when',
    ok: { type: [CompetenceAuditDoc] },
    badRequest: 'adviser not a username, or limit outside 1–500',
  })
  async audit(@Query() query: CompetenceAuditQuery): Promise<CompetenceAuditView[]> {
    return (await this.competences.audit(query.adviser, query.limit)).map(toCompetenceAuditView);
  }

  @Endpoint('GET', 'me', Advisers, { summary: 'the caller’s own competences and mentors', ok: { type: [CompetenceDoc] } })
  async mine(@CurrentUser() user: AuthenticatedUser): Promise<CompetenceView[]> {
    return ((await this.competences.competencesOf(user.username)) ?? []).map(toCompetenceView);
  }

  @Endpoint('PUT', ':adviser', Supervisors, {
    summary: 'sets (or with level null removes) one competence of the adviser; audited',
    ok: { type: CompetenceDoc, description: 'the competence as it is now; empty when removed' },
    badRequest: 'an unknown area kind, area or level, or a mentor not a username',
    notFound: 'no such adviser on the register',
    unprocessableEntity: 'the mentor is not a mentor in that area, is the adviser, or the adviser is not in training there',
  })
  async set(
    @Param('adviser') adviser: string,
    @Body() body: SetCompetenceRequest,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CompetenceView | null> {
    if (!UsernamePattern.test(adviser)) throw new AdviserNotOnRegister(adviser);
    const now = await this.setCompetence.execute(
      { adviser, areaKind: body.areaKind, area: body.area, level: body.level, mentor: body.mentor ?? null },
      user.username,
    );
    return now ? toCompetenceView(now) : null;
  }
}
