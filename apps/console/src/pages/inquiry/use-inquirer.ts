import { useCallback, useMemo } from 'react';
import type {
  InquirerMerge,
  InquirerSplit,
  InquirerView,
  LinkSuggestionDecision,
  PersonalDataErasureOrder,
  PersonalDataErasureView,
} from '@inquiry-router/contracts/views';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';

/**
 * The person an inquiry belongs to (`GET /api/inquiries/:id/inquirer`): how they were recognised,
 * their other contacts and the open suggestions; and what an adviser or supervisor does to them.
 * `enabled` false (an agency user): nothing is asked for.
 */
export function useInquirer(inquiryId: string, enabled: boolean) {
  const { api } = useSession();
  const path = `/api/inquiries/${encodeURIComponent(inquiryId)}/inquirer`;
  const load = useCallback(() => api.get<InquirerView>(path), [api, path]);
  const inquirer = useResource(enabled ? load : null);
  const actions = useMemo(() => {
    const suggestion = (id: string, decision: 'confirm' | 'reject') => `/api/inquirer-suggestions/${encodeURIComponent(id)}/${decision}`;
    const person = (inquirerId: string, what: 'export' | 'erase') => `/api/inquirers/${encodeURIComponent(inquirerId)}/${what}`;
    return {
      /** The quoted reference names this person: the inquiry (and its conversation) joins the referenced person. */
      confirm: (suggestionId: string) => api.post<InquirerView>(suggestion(suggestionId, 'confirm'), {} satisfies LinkSuggestionDecision),
      reject: (suggestionId: string) => api.post<void>(suggestion(suggestionId, 'reject'), {} satisfies LinkSuggestionDecision),
      /** The other inquiry's person joins this one's. */
      merge: (otherInquiryId: string, note: string) =>
        api.post<InquirerView>(`${path}/merge`, { otherInquiryId, note } satisfies InquirerMerge),
      /** This inquiry and its conversation become a person of their own. */
      split: (note: string) => api.post<InquirerView>(`${path}/split`, { note } satisfies InquirerSplit),
      /** Everything held on the person, as the workdesk gives it (audited). */
      exportAll: (inquirerId: string) => api.get<unknown>(person(inquirerId, 'export')),
      erase: (inquirerId: string, note: string) =>
        api.post<PersonalDataErasureView>(person(inquirerId, 'erase'), { note } satisfies PersonalDataErasureOrder),
    };
  }, [api, path]);
  return { view: inquirer.data, error: inquirer.error, reload: inquirer.reload, ...actions };
}

export type InquirerActions = ReturnType<typeof useInquirer>;
