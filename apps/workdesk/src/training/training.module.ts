import { Module } from '@nestjs/common';
import { AdviserCompetenceRepository, AdviserUpdateRepository, bindPort } from '@inquiry-router/persistence';
import { AdviserUpdates, Competences } from './training.ports';
import { ClaimScopes } from './claim-scopes';
import { SetCompetence } from './set-competence.use-case';
import { KeepAdviserUpdates } from './keep-adviser-updates.use-case';
import { CompetencesController } from './competences.controller';
import { AdviserUpdatesController } from './adviser-updates.controller';
import { MentoringController } from './mentoring.controller';

/**
 * Advisers' training in the workdesk: competences and mentors, the updates advisers must confirm,
 * and a mentor's list of their trainees' escalations. Claims (their scope) and escalation (to the
 * mentor first) use what it exports.
 */
@Module({
  controllers: [CompetencesController, AdviserUpdatesController, MentoringController],
  providers: [
    bindPort(Competences, AdviserCompetenceRepository),
    bindPort(AdviserUpdates, AdviserUpdateRepository),
    ClaimScopes,
    SetCompetence,
    KeepAdviserUpdates,
  ],
  exports: [Competences, ClaimScopes],
})
export class TrainingModule {}
