import { Injectable } from '@nestjs/common';
import { claimBars, updateReaches, type AdviserUpdate, type ClaimBars, type Competence } from '@inquiry-router/adviser-training';
import { AdviserUpdates, Competences } from './training.ports';

/** What bounds an adviser's claims beyond their queues, channels and languages: their competences, and required updates not yet confirmed. */
export interface ClaimScope {
  competences: Competence[];
  /** The bars, given the queues the adviser takes work from (updates reach advisers by them). */
  barsFor(lines: readonly string[]): ClaimBars;
}

/** Reads an adviser's claim scope before a claim (a confirmation racing with the claim counts from the next one). */
@Injectable()
export class ClaimScopes {
  constructor(
    private readonly competences: Competences,
    private readonly updates: AdviserUpdates,
  ) {}

  async of(adviser: string): Promise<ClaimScope> {
    const [competences, unconfirmed] = await Promise.all([
      this.competences.competencesOf(adviser),
      this.updates.unconfirmedRequired(adviser),
    ]);
    return claimScopeOf(competences ?? [], unconfirmed);
  }
}

/** The claim scope of an adviser holding `competences` who has not confirmed the required updates `unconfirmed`. */
export function claimScopeOf(competences: Competence[], unconfirmed: AdviserUpdate[]): ClaimScope {
  return {
    competences,
    barsFor: (lines) => claimBars(unconfirmed.filter((u) => updateReaches(u, { lines, competences }))),
  };
}
