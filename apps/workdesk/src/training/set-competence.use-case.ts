import { Injectable, Logger } from '@nestjs/common';
import { competenceChangeRefusal, type CompetenceChange } from '@inquiry-router/adviser-training';
import type { CompetenceRecord } from '@inquiry-router/persistence';
import { Competences } from './training.ports';
import { AdviserNotOnRegister, CompetenceChangeRefused } from './training-errors';

/** Supervisors set an adviser's level in a category or queue and a trainee's mentor; every change audited. */
@Injectable()
export class SetCompetence {
  private readonly log = new Logger(SetCompetence.name);

  constructor(private readonly competences: Competences) {}

  /** The competence as it is now (null: removed). */
  async execute(change: CompetenceChange, actor: string): Promise<CompetenceRecord | null> {
    const mentorCompetences = change.mentor ? await this.competences.competencesOf(change.mentor) : null;
    const refusal = competenceChangeRefusal(change, mentorCompetences);
    if (refusal) throw new CompetenceChangeRefused(refusal);
    const result = await this.competences.set(change, actor);
    if (result === null) throw new AdviserNotOnRegister(change.adviser);
    if (result !== 'unchanged')
      this.log.log(
        { adviser: change.adviser, area: `${change.areaKind}:${change.area}`, level: change.level, actor },
        'competence changed',
      );
    if (result === 'removed') return null;
    if (result === 'unchanged')
      return (
        (await this.competences.competencesOf(change.adviser))!.find((c) => c.area === change.area && c.areaKind === change.areaKind) ??
        null
      );
    return result;
  }
}
