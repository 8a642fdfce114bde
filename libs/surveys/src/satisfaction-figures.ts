import type { SatisfactionDimensionName, SatisfactionFiguresView } from '@inquiry-router/contracts';

/** What the dashboard groups by. */
export const SatisfactionDimensions = ['queue', 'channel', 'category', 'adviser'] as const satisfies readonly SatisfactionDimensionName[];
export type SatisfactionDimension = SatisfactionDimensionName;

/** One inquiry resolved in the period, as the figures need it. */
export interface ResolvedInquiryFacts {
  queue: string | null;
  channel: string;
  category: string | null;
  adviser: string | null;
  /** Seconds from received to first accepted by an adviser; null: never accepted (resolved for an incident, say). */
  waitSeconds: number | null;
  /** A survey went out for it. */
  surveySent: boolean;
  /** Its answer, if one came. */
  score: number | null;
}

/** The figures of a group are what the dashboard shows of it. */
export type SatisfactionFigures = SatisfactionFiguresView;

/** The figures of one group, or of all inquiries together. */
export function figuresOf(key: string | null, inquiries: readonly ResolvedInquiryFacts[]): SatisfactionFigures {
  const scores = inquiries.flatMap((i) => (i.score === null ? [] : [i.score]));
  const waits = inquiries.flatMap((i) => (i.waitSeconds === null ? [] : [i.waitSeconds])).sort((a, b) => a - b);
  const sent = inquiries.filter((i) => i.surveySent).length;
  return {
    key,
    resolved: inquiries.length,
    surveysSent: sent,
    answers: scores.length,
    averageScore: scores.length ? round(mean(scores), 2) : null,
    responseRate: sent ? round(scores.length / sent, 3) : null,
    medianWaitSeconds: waits.length ? Math.round(median(waits)) : null,
    averageWaitSeconds: waits.length ? Math.round(mean(waits)) : null,
  };
}

/** The figures per value of `dimension`, the busiest group first. */
export function satisfactionBy(dimension: SatisfactionDimension, inquiries: readonly ResolvedInquiryFacts[]): SatisfactionFigures[] {
  const groups = new Map<string | null, ResolvedInquiryFacts[]>();
  for (const inquiry of inquiries) {
    const key = inquiry[dimension];
    const members = groups.get(key);
    if (members) members.push(inquiry);
    else groups.set(key, [inquiry]);
  }
  return [...groups.entries()]
    .map(([key, members]) => figuresOf(key, members))
    .sort((a, b) => b.resolved - a.resolved || String(a.key).localeCompare(String(b.key)));
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The middle of sorted values (the mean of the two middle ones for an even count). */
function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
