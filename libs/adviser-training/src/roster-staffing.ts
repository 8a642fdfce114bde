import type { Competence } from './competences';

/**
 * How much of a qualified adviser a shift of a trainee counts for in the staffing the planner sets
 * against the forecast. A half: a trainee takes only the work they have a level in, looks more up,
 * and asks their mentor (whose time goes to them too), so two trainees plan where one qualified
 * adviser would do. One figure for every area: the planner compares staff per half-hour over all
 * queues and channels together, not per queue.
 */
export const TraineeStaffFactor = 0.5;

/** What a rostered shift brings to the staffing: its weight, and whether the adviser trains or mentors in it. */
export interface ShiftStaffing {
  /** 1 for a fully qualified adviser in the shift's areas; `TraineeStaffFactor` where they train. */
  weight: number;
  trainee: boolean;
  mentor: boolean;
}

/**
 * A shift's staffing from the adviser's competences and the queues it names (none: any queue).
 * Training in a category binds all the adviser's work (they take only the categories they have a
 * level in), so it counts in every shift; training in a queue counts where the shift may take that
 * queue. A mentor anywhere the shift reaches is counted as one.
 */
export function shiftStaffing(competences: readonly Competence[], shiftQueues: readonly string[]): ShiftStaffing {
  const reaches = (c: Competence) => c.areaKind === 'category' || shiftQueues.length === 0 || shiftQueues.includes(c.area);
  const trainee = competences.some((c) => c.level === 'in-training' && reaches(c));
  const mentor = competences.some((c) => c.level === 'mentor' && reaches(c));
  return { weight: trainee ? TraineeStaffFactor : 1, trainee, mentor };
}
