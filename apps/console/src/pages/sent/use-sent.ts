import { useCallback } from 'react';
import type { SentChannel, SentMessagesView } from '@inquiry-router/contracts/views';
import { isNotFound } from '../../api/api-client';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';

/**
 * What the system sent (`GET /api/development/sent`, support staff, outside production only), of
 * one channel or all; `unavailable` when the workdesk has no such route (production).
 */
export function useSent(channel: SentChannel | null) {
  const { api } = useSession();
  const query = channel ? `?channel=${channel}` : '';
  const sent = useResource(useCallback(() => api.get<SentMessagesView>(`/api/development/sent${query}`), [api, query]));
  const unavailable = isNotFound(sent.error);
  return { view: sent.data, error: unavailable ? null : sent.error, unavailable, reload: sent.reload };
}
