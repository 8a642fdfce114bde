import { TechnicalCategories, type AdviserUpdateKind, type QueueName, type TechnicalCategory } from '@inquiry-router/contracts';
import { claimableCategories, type Competence } from './competences';

/** An update advisers must take in: what it is about, and whether claiming there waits for the confirmation. */
export interface AdviserUpdate {
  id: string;
  kind: AdviserUpdateKind;
  title: string;
  categories: readonly string[];
  queues: readonly string[];
  requiredBeforeClaiming: boolean;
}

/** An adviser as far as updates are concerned: the queues they take work from and their competences. */
export interface AdviserReach {
  lines: readonly string[];
  competences: readonly Competence[];
}

/**
 * Whether an update reaches an adviser: it is about a queue they take work from, or about a
 * category they may take (everyone not restricted to their training categories takes every one).
 * An update naming neither reaches every adviser.
 */
export function updateReaches(update: Pick<AdviserUpdate, 'categories' | 'queues'>, adviser: AdviserReach): boolean {
  if (update.categories.length === 0 && update.queues.length === 0) return true;
  if (update.queues.some((q) => adviser.lines.includes(q))) return true;
  const only = claimableCategories(adviser.competences);
  return update.categories.some((c) => only === null || (only as readonly string[]).includes(c));
}

/** What an adviser may not claim until they confirm: the categories and queues of required updates they have not confirmed, and why. */
export interface ClaimBars {
  categories: TechnicalCategory[];
  queues: QueueName[];
  /** The unconfirmed required updates behind the bars, to name in a refusal. */
  updates: Pick<AdviserUpdate, 'id' | 'title' | 'categories' | 'queues'>[];
}

/**
 * The bars on claiming from updates that require confirmation and that the adviser has not
 * confirmed (`unconfirmed`: those reaching them, unconfirmed). An update naming no category or
 * queue bars nothing: it is shown, but bars no work in particular.
 */
export function claimBars(unconfirmed: readonly AdviserUpdate[]): ClaimBars {
  const required = unconfirmed.filter((u) => u.requiredBeforeClaiming && (u.categories.length > 0 || u.queues.length > 0));
  const categories = TechnicalCategories.filter((c) => required.some((u) => u.categories.includes(c)));
  const queues = [...new Set(required.flatMap((u) => u.queues))] as QueueName[];
  return {
    categories,
    queues,
    updates: required.map(({ id, title, categories: cs, queues: qs }) => ({ id, title, categories: cs, queues: qs })),
  };
}

/** The updates that bar claiming work of `category` in `queue`. */
export function barsOn(bars: ClaimBars, work: { category?: string | null; queue?: string | null }): ClaimBars['updates'] {
  return bars.updates.filter(
    (u) => (work.category != null && u.categories.includes(work.category)) || (work.queue != null && u.queues.includes(work.queue)),
  );
}

/**
 * The category slots a claim may take from: the adviser's claimable categories (all, and the
 * uncategorised, when unrestricted) less those barred until an update is confirmed. Null stands for
 * work without a category.
 */
export function claimCategorySlots(competences: readonly Competence[], bars: ClaimBars): (TechnicalCategory | null)[] {
  const only = claimableCategories(competences);
  const slots: (TechnicalCategory | null)[] = only ?? [...TechnicalCategories, null];
  return slots.filter((c) => c === null || !bars.categories.includes(c));
}
