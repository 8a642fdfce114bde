import {
  CompetenceLevels,
  isQueueName,
  isTechnicalCategory,
  QueueNames,
  TechnicalCategories,
  type CompetenceAreaKind,
  type CompetenceLevel,
  type TechnicalCategory,
} from '@inquiry-router/contracts';

/** An adviser's level in one category or queue; a trainee's mentor there. */
export interface Competence {
  areaKind: CompetenceAreaKind;
  area: string;
  level: CompetenceLevel;
  mentor: string | null;
}

/** A competence to set for an adviser (level null: remove it). */
export interface CompetenceChange {
  adviser: string;
  areaKind: CompetenceAreaKind;
  area: string;
  level: CompetenceLevel | null;
  mentor: string | null;
}

/**
 * The categories an adviser may take work from, or null when they are not restricted. An adviser
 * in training in some category takes work only from the categories they have a level in (those
 * they train in, and those they are already qualified in); everyone else is unrestricted. Work
 * not yet given a category is not for a trainee: nobody can say it is within what they train in.
 */
export function claimableCategories(competences: readonly Competence[]): TechnicalCategory[] | null {
  const categories = competences.filter((c) => c.areaKind === 'category' && isTechnicalCategory(c.area));
  if (!categories.some((c) => c.level === 'in-training')) return null;
  return TechnicalCategories.filter((t) => categories.some((c) => c.area === t));
}

/** Whether the adviser may take work of `category` (null: not categorised) as far as their competences go. */
export function mayTakeCategory(competences: readonly Competence[], category: TechnicalCategory | null): boolean {
  const only = claimableCategories(competences);
  return only === null || (category !== null && only.includes(category));
}

/**
 * Who a trainee's escalation goes to first: their mentor in the inquiry's category, else their
 * mentor in its queue; null when they are not in training there (it goes to the second line).
 */
export function mentorFor(competences: readonly Competence[], work: { category: string | null; queue: string | null }): string | null {
  const training = (kind: CompetenceAreaKind, area: string | null) =>
    area === null ? undefined : competences.find((c) => c.areaKind === kind && c.area === area && c.level === 'in-training' && c.mentor);
  return (training('category', work.category) ?? training('queue', work.queue))?.mentor ?? null;
}

/**
 * Why a competence change may not be made, or null when it may: the area must be a known category
 * or queue and the level a known one; only a trainee has a mentor, who is another adviser at the
 * `mentor` level in the same area (`mentorCompetences`: the proposed mentor's competences).
 */
export function competenceChangeRefusal(change: CompetenceChange, mentorCompetences: readonly Competence[] | null): string | null {
  if (change.areaKind === 'category' && !isTechnicalCategory(change.area))
    return `${change.area} is not a technical category (${TechnicalCategories.join(', ')})`;
  if (change.areaKind === 'queue' && !isQueueName(change.area)) return `${change.area} is not a queue (${QueueNames.join(', ')})`;
  if (change.level !== null && !(CompetenceLevels as readonly string[]).includes(change.level))
    return `${String(change.level)} is not a level (${CompetenceLevels.join(', ')})`;
  if (change.mentor === null) return null;
  if (change.level !== 'in-training')
    return `only an adviser in training has a mentor; ${change.adviser} would be ${change.level ?? 'removed'}`;
  if (change.mentor === change.adviser) return `${change.adviser} cannot be their own mentor`;
  if (mentorCompetences === null) return `${change.mentor} is not an adviser`;
  const mentorThere = mentorCompetences.some((c) => c.areaKind === change.areaKind && c.area === change.area && c.level === 'mentor');
  return mentorThere ? null : `${change.mentor} is not a mentor in ${change.areaKind} ${change.area}`;
}

/** Whether the adviser counts as fully qualified staff: in training nowhere. */
export function isFullyQualified(competences: readonly Competence[]): boolean {
  return !competences.some((c) => c.level === 'in-training');
}
