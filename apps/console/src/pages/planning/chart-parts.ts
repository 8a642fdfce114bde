import type { Channel } from '@inquiry-router/contracts/vocabulary';

/** One colour per channel in the planning charts (the drawings are decoration: the tables carry the figures). */
export const ChannelColours: Record<Channel, string> = { phone: '#0b5cad', email: '#2e7d32', social: '#8e3aa8' };

/** The first half-hour of each day: one axis tick a day. */
export function dayTicks(points: readonly { start: string; date: string }[]): string[] {
  const seen = new Set<string>();
  return points.filter((p) => !seen.has(p.date) && seen.add(p.date)).map((p) => p.start);
}

/** The half-hour a click in a chart landed on (recharts gives the active label, or the index). */
export function slotFromChart(state: unknown, rows: readonly { start: string }[]): string | null {
  const { activeLabel, activeTooltipIndex } = (state ?? {}) as { activeLabel?: unknown; activeTooltipIndex?: unknown };
  if (typeof activeLabel === 'string' && rows.some((r) => r.start === activeLabel)) return activeLabel;
  const index = Number(activeTooltipIndex);
  return Number.isInteger(index) && rows[index] ? rows[index].start : null;
}
