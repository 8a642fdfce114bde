import { useCallback } from 'react';
import type { HelpPageView, NewHelpPage } from '@inquiry-router/contracts/views';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';

/** The help-page catalogue (`/api/help-pages`): read by support staff and editors, kept by editors. */
export function useHelpPages() {
  const { api } = useSession();
  const pages = useResource(useCallback(() => api.get<HelpPageView[]>('/api/help-pages'), [api]));
  const add = useCallback((page: NewHelpPage) => api.post<HelpPageView>('/api/help-pages', page), [api]);
  const remove = useCallback((id: string) => api.delete<void>(`/api/help-pages/${encodeURIComponent(id)}`), [api]);
  return { pages: pages.data, error: pages.error, reload: pages.reload, add, remove };
}

/** Words from a comma-separated field: trimmed, empty ones left out. */
export const wordsOf = (text: string) =>
  text
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean);
