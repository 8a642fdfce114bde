import { useCallback } from 'react';
import type { FilingDeadlineChange, FilingDeadlineListView, FilingDeadlineView, NewFilingDeadline } from '@inquiry-router/contracts/views';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';

/** The calendar with each deadline's occurrences in the span; adding one, and switching one on or off. */
export function useFilingDeadlines(from: string, to: string) {
  const { api } = useSession();
  const list = useResource(
    useCallback(
      () => api.get<FilingDeadlineListView>(`/api/planning/deadlines?${new URLSearchParams({ from, to }).toString()}`),
      [api, from, to],
    ),
  );
  const add = useCallback((deadline: NewFilingDeadline) => api.post<FilingDeadlineView>('/api/planning/deadlines', deadline), [api]);
  const setActive = useCallback(
    (id: string, active: boolean) =>
      active
        ? api.put<FilingDeadlineView>(`/api/planning/deadlines/${encodeURIComponent(id)}`, { active: true } satisfies FilingDeadlineChange)
        : api.post<FilingDeadlineView>(`/api/planning/deadlines/${encodeURIComponent(id)}/deactivate`),
    [api],
  );
  return { deadlines: list.data?.deadlines, reload: list.reload, add, setActive };
}
