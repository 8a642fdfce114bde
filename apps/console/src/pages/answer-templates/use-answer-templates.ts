import { useCallback } from 'react';
import type { AnswerTemplateView } from '@inquiry-router/contracts/views';
import type { Language } from '@inquiry-router/contracts/vocabulary';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';

/** What an editor writes of a saved answer (`POST /api/answer-templates`, `PUT …/:id`). */
export interface AnswerTemplateDraft {
  title: string;
  language: Language;
  body: string;
  /** Empty: no particular category. */
  category: string;
  /** Empty: no help page. */
  helpPageUrl: string;
}

const noTemplates: AnswerTemplateView[] = [];

/** The library of saved answers as editors keep it (`/api/answer-templates`), the retired ones too when asked. */
export function useAnswerTemplates(includeRetired: boolean) {
  const { api } = useSession();
  const templates = useResource(
    useCallback(() => api.get<AnswerTemplateView[]>(`/api/answer-templates?includeRetired=${includeRetired}`), [api, includeRetired]),
  );
  const bodyOf = (draft: AnswerTemplateDraft) => ({ ...draft, category: draft.category || null, helpPageUrl: draft.helpPageUrl || null });
  return {
    templates: templates.data ?? noTemplates,
    loaded: templates.data !== undefined,
    error: templates.error,
    reload: templates.reload,
    create: (draft: AnswerTemplateDraft) => api.post<AnswerTemplateView>('/api/answer-templates', bodyOf(draft)),
    update: (id: string, draft: AnswerTemplateDraft) =>
      api.put<AnswerTemplateView>(`/api/answer-templates/${encodeURIComponent(id)}`, bodyOf(draft)),
    retire: (id: string) => api.post<AnswerTemplateView>(`/api/answer-templates/${encodeURIComponent(id)}/retire`),
  };
}
