import { useCallback } from 'react';
import type { SatisfactionReportView, SurveyCommentsView } from '@inquiry-router/contracts/views';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';
import { addDays, todayInOslo } from '../../components/local-dates';

/** A period of whole days, both ends included (YYYY-MM-DD). */
export interface SatisfactionPeriod {
  from: string;
  to: string;
}

/** The last 30 days up to today, as Oslo counts days (the API's days are Oslo's too). */
export function lastThirtyDays(today: string = todayInOslo()): SatisfactionPeriod {
  return { from: addDays(today, -29), to: today };
}

/** The period as the API takes it: [from, the day after to). */
export function periodQuery(period: SatisfactionPeriod): string {
  return `from=${period.from}&to=${addDays(period.to, 1)}`;
}

/** Satisfaction and waiting time (`GET /api/satisfaction`) and the masked comments (`…/comments`) for supervisors. */
export function useSatisfaction(period: SatisfactionPeriod) {
  const { api } = useSession();
  const query = periodQuery(period);
  const report = useResource(useCallback(() => api.get<SatisfactionReportView>(`/api/satisfaction?${query}`), [api, query]));
  const comments = useResource(useCallback(() => api.get<SurveyCommentsView>(`/api/satisfaction/comments?${query}`), [api, query]));
  return { report: report.data, comments: comments.data?.items, error: report.error ?? comments.error };
}
