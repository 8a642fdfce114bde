import { useCallback, useEffect } from 'react';
import type {
  CreatedNoticeSubscriptionView,
  IncidentResolutionOrder,
  IncidentResolutionView,
  IncidentSuggestionConfirmation,
  IncidentSuggestionView,
  LinkedInquiryView,
  NewNotice,
  NewNoticeSubscription,
  NoticeComponentView,
  NoticeDeliveryView,
  NoticeSubscriptionView,
  NoticeTextView,
  NoticeUpdate,
  NoticeView,
} from '@inquiry-router/contracts/views';
import { isNotFound } from '../../api/api-client';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';

/** Which notices a list shows: in force now, announced ahead, or ended. */
export type NoticeState = 'active' | 'upcoming' | 'ended';

/** What a notice concerns, and what a subscription covers (empty lists: all): components, environments, audiences. */
export type NoticeScope = Pick<NoticeView, 'components' | 'environments' | 'audiences'>;

const path = (id: string) => `/api/notices/${encodeURIComponent(id)}`;

/** The list the workdesk serves at `url`, loaded again on `reload()`; empty when it cannot be read. */
function useListAt<T>(url: string) {
  const { api } = useSession();
  return useResource(
    useCallback(() => api.get<T[]>(url), [api, url]),
    { fallback: [] as T[] },
  );
}

/** The notices in one state, newest first (`GET /api/notices?state=`). */
function useNoticeList(state: NoticeState) {
  return useListAt<NoticeView>(`/api/notices?state=${state}`);
}

/** The parts of the portal a notice can name, as the workdesk lists them. */
export function useNoticeComponents(): NoticeComponentView[] | undefined {
  return useListAt<NoticeComponentView>('/api/notices/components').data;
}

/** The notices in force, ahead and ended, and registering a new one. */
export function useNotices() {
  const { api } = useSession();
  const active = useNoticeList('active');
  const upcoming = useNoticeList('upcoming');
  const ended = useNoticeList('ended');
  const reload = useCallback(async () => {
    await Promise.all([active.reload(), upcoming.reload(), ended.reload()]);
  }, [active.reload, upcoming.reload, ended.reload]);
  return {
    active: active.data,
    upcoming: upcoming.data,
    ended: ended.data,
    reload,
    register: useCallback((notice: NewNotice) => api.post<NoticeView>('/api/notices', notice), [api]),
  };
}

/** One notice with its history; updating it. */
export function useNotice(id: string) {
  const { api } = useSession();
  const notice = useResource(useCallback(() => api.get<NoticeView>(path(id)), [api, id]));
  return {
    notice: notice.data,
    missing: isNotFound(notice.error),
    reload: notice.reload,
    update: useCallback((update: NoticeUpdate) => api.post<NoticeView>(`${path(id)}/updates`, update), [api, id]),
  };
}

/** The inquiries linked to an incident. */
export function useLinkedInquiries(id: string) {
  return useListAt<LinkedInquiryView>(`${path(id)}/inquiries`);
}

/** Calls `reload` every `ms` milliseconds while `ms` is given; stops when it is taken away. */
function useReloadEvery(reload: () => Promise<void>, ms: number | undefined) {
  useEffect(() => {
    if (!ms) return;
    const timer = window.setInterval(() => void reload(), ms);
    return () => window.clearInterval(timer);
  }, [ms, reload]);
}

const ResolutionPollMs = 2000;

/** Answering an incident's linked inquiries at once: how far it got (null before it started), read again while it runs. */
export function useResolution(id: string, enabled: boolean) {
  const { api } = useSession();
  const resolution = useResource(
    useCallback(
      () =>
        enabled
          ? api.get<IncidentResolutionView>(`${path(id)}/resolution`).catch((e: unknown) => {
              if (isNotFound(e)) return null;
              throw e;
            })
          : Promise.resolve(null),
      [api, id, enabled],
    ),
  );
  const running = resolution.data?.state === 'running';
  const { reload } = resolution;
  useReloadEvery(reload, running ? ResolutionPollMs : undefined);
  return {
    resolution: resolution.data,
    reload,
    start: useCallback(
      (text: NoticeTextView) => api.post<IncidentResolutionView>(`${path(id)}/resolution`, { text } satisfies IncidentResolutionOrder),
      [api, id],
    ),
  };
}

/** Early warnings not yet decided; read again every `pollMs` (for the dashboard) when given. */
export function useOpenSuggestions(pollMs?: number) {
  const { api } = useSession();
  const suggestions = useListAt<IncidentSuggestionView>('/api/incident-suggestions?status=open');
  const { reload } = suggestions;
  useReloadEvery(reload, pollMs);
  const suggestionPath = (id: string) => `/api/incident-suggestions/${encodeURIComponent(id)}`;
  return {
    suggestions: suggestions.data,
    reload,
    confirm: useCallback(
      (id: string, noticeId: string) => api.post(`${suggestionPath(id)}/confirm`, { noticeId } satisfies IncidentSuggestionConfirmation),
      [api],
    ),
    dismiss: useCallback((id: string) => api.post(`${suggestionPath(id)}/dismiss`), [api]),
  };
}

/** Subscribers to notices: listing, setting one up, ending one. */
export function useSubscriptions() {
  const { api } = useSession();
  const list = useListAt<NoticeSubscriptionView>('/api/notice-subscriptions');
  return {
    subscriptions: list.data,
    reload: list.reload,
    add: useCallback((s: NewNoticeSubscription) => api.post<CreatedNoticeSubscriptionView>('/api/notice-subscriptions', s), [api]),
    end: useCallback((id: string) => api.delete(`/api/notice-subscriptions/${encodeURIComponent(id)}`), [api]),
  };
}

/** Notice deliveries whose retries ran out, and sending one again. */
export function useFailedNoticeDeliveries() {
  const { api } = useSession();
  const list = useListAt<NoticeDeliveryView>('/api/notice-deliveries?status=failed');
  return {
    deliveries: list.data,
    reload: list.reload,
    retry: useCallback((id: string) => api.post(`/api/notice-deliveries/${encodeURIComponent(id)}/retry`), [api]),
  };
}
