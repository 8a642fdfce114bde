import { useCallback } from 'react';
import type { SatisfactionReportView, SurveyCommentsView } from '@inquiry-router/contracts/views';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';

/** A period of whole days, both ends included (YYYY-MM-DD). */
export interface SatisfactionPeriod {
  from: string;
  to: string;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** The last 30 days up to today. */
export function lastThirtyDays(today = new Date()): SatisfactionPeriod {
  return { from: isoDate(new Date(today.getTime() - 29 * 86_400_000)), to: isoDate(today) };
}

/** The period as the API takes it: [from, the day after to). */
export function periodQuery(period: SatisfactionPeriod): string {
  const to = new Date(`${period.to}T00:00:00Z`);
  return `from=${period.from}&to=${isoDate(new Date(to.getTime() + 86_400_000))}`;
}

/** Satisfaction and waiting time (`GET /api/satisfaction`) and the masked comments (`…/comments`) for supervisors. */
export function useSatisfaction(period: SatisfactionPeriod) {
  const { api } = useSession();
  const query = periodQuery(period);
  const report = useResource(useCallback(() => api.get<SatisfactionReportView>(`/api/satisfaction?${query}`), [api, query]));
  const comments = useResource(useCallback(() => api.get<SurveyCommentsView>(`/api/satisfaction/comments?${query}`), [api, query]));
  return { report: report.data, comments: comments.data?.items, error: report.error ?? comments.error };
}
