import { useCallback } from 'react';
import type { HelpInsightsReportView, HelpPageMarkView, HelpPageView, NewHelpPageMark } from '@inquiry-router/contracts/views';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';
import { downloadCsv as offerCsv } from '../../components/download';

/** A report period as the page keeps it: local dates, `to` not included; empty: the last full week. */
export interface ReportPeriod {
  from: string;
  to: string;
}

const queryOf = (period: ReportPeriod) => {
  const params = new URLSearchParams();
  if (period.from) params.set('from', period.from);
  if (period.to) params.set('to', period.to);
  const query = params.toString();
  return query ? `?${query}` : '';
};

/** The help-page report for a period (`/api/help-insights/report`), its CSV, the pages to mark and marking. */
export function useHelpInsights(period: ReportPeriod) {
  const { api } = useSession();
  const query = queryOf(period);
  const report = useResource(useCallback(() => api.get<HelpInsightsReportView>(`/api/help-insights/report${query}`), [api, query]));
  const pages = useResource(useCallback(() => api.get<HelpPageView[]>('/api/help-pages'), [api]));
  const downloadCsv = useCallback(async () => {
    const csv = await api.get<string>(`/api/help-insights/report.csv${query}`);
    offerCsv(`help-insights${period.from ? `-${period.from}` : ''}.csv`, csv);
  }, [api, query, period.from]);
  const mark = useCallback((body: NewHelpPageMark) => api.post<HelpPageMarkView>('/api/help-insights/marks', body), [api]);
  return { report: report.data, error: report.error, reload: report.reload, pages: pages.data ?? [], downloadCsv, mark };
}
