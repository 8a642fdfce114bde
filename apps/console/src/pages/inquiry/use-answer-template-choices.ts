import { useCallback } from 'react';
import type { AnswerTemplateView, FilledAnswerTemplateView } from '@inquiry-router/contracts/views';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';

const noTemplates: AnswerTemplateView[] = [];

/**
 * The saved answers for answering one inquiry, its language and category first
 * (`GET /api/inquiries/:id/answer-templates`), and one of them filled for it (`…/:templateId`).
 */
export function useAnswerTemplateChoices(inquiryId: string) {
  const { api } = useSession();
  const base = `/api/inquiries/${encodeURIComponent(inquiryId)}/answer-templates`;
  const templates = useResource(
    useCallback(() => api.get<AnswerTemplateView[]>(base), [api, base]),
    { fallback: noTemplates },
  );
  return {
    templates: templates.data ?? noTemplates,
    fill: useCallback((templateId: string) => api.get<FilledAnswerTemplateView>(`${base}/${encodeURIComponent(templateId)}`), [api, base]),
  };
}
