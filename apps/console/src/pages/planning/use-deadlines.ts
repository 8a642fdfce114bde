import { useCallback } from 'react';
import type { Channel } from '@inquiry-router/contracts/vocabulary';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';

/** A filing deadline as the workdesk lists it (`GET /api/planning/deadlines`). */
export interface FilingDeadline {
  id: string;
  agency: string;
  name: string;
  ruleText: string;
  channels: Channel[];
  active: boolean;
  occurrences: { date: string }[];
}

/** A date rule as the workdesk takes it: a date each year, or a day of every (or of the listed) months. */
export type DateRuleInput =
  | { kind: 'yearly'; month: number; day: number | 'last'; moveTo?: 'next-working-day' }
  | { kind: 'monthly'; day: number | 'last'; months?: number[]; moveTo?: 'next-working-day' };

export interface NewFilingDeadline {
  agency: string;
  name: string;
  rule: DateRuleInput;
  channels: Channel[];
}

/** The calendar with each deadline's occurrences in the span; adding one, and switching one on or off. */
export function useFilingDeadlines(from: string, to: string) {
  const { api } = useSession();
  const list = useResource(
    useCallback(
      () => api.get<{ deadlines: FilingDeadline[] }>(`/api/planning/deadlines?${new URLSearchParams({ from, to }).toString()}`),
      [api, from, to],
    ),
  );
  const add = useCallback((deadline: NewFilingDeadline) => api.post<FilingDeadline>('/api/planning/deadlines', deadline), [api]);
  const setActive = useCallback(
    (id: string, active: boolean) =>
      active
        ? api.put<FilingDeadline>(`/api/planning/deadlines/${encodeURIComponent(id)}`, { active: true })
        : api.post<FilingDeadline>(`/api/planning/deadlines/${encodeURIComponent(id)}/deactivate`),
    [api],
  );
  return { deadlines: list.data?.deadlines, reload: list.reload, add, setActive };
}
