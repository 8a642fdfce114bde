import { useCallback } from 'react';
import type { AnswerTemplateDraft, AnswerTemplateView } from '@inquiry-router/contracts/views';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';

const noTemplates: AnswerTemplateView[] = [];

/** The library of saved answers as editors keep it (`/api/answer-templates`), the retired ones too when asked. */
export function useAnswerTemplates(includeRetired: boolean) {
  const { api } = useSession();
  const templates = useResource(
    useCallback(() => api.get<AnswerTemplateView[]>(`/api/answer-templates?includeRetired=${includeRetired}`), [api, includeRetired]),
  );
  return {
    templates: templates.data ?? noTemplates,
    loaded: templates.data !== undefined,
    error: templates.error,
    reload: templates.reload,
    create: (draft: AnswerTemplateDraft) => api.post<AnswerTemplateView>('/api/answer-templates', draft),
    update: (id: string, draft: AnswerTemplateDraft) =>
      api.put<AnswerTemplateView>(`/api/answer-templates/${encodeURIComponent(id)}`, draft),
    retire: (id: string) => api.post<AnswerTemplateView>(`/api/answer-templates/${encodeURIComponent(id)}/retire`),
  };
}
