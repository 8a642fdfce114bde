import { useCallback } from 'react';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';

export interface OpeningDay {
  date: string;
  holiday: string | null;
  spans: { start: string; end: string }[];
}

export interface OpeningException {
  id: string;
  kind: 'extended' | 'closed';
  date: string;
  opens?: string | null;
  closes?: string | null;
  reason: string;
  orderedBy?: string;
}

export interface OpeningStatus {
  open: boolean;
  closesAt: string | null;
  nextOpening: string | null;
}

const noDays: OpeningDay[] = [];
const noExceptions: OpeningException[] = [];

/** Whether support is open now, the coming days' hours, and the extended-hours orders and closures. A failed load keeps what was shown. */
export function useOpeningHours() {
  const { api } = useSession();
  const status = useResource(useCallback(() => api.get<OpeningStatus | null>('/api/opening-hours/status'), [api]));
  const days = useResource(useCallback(() => api.get<{ days: OpeningDay[] }>('/api/opening-hours').then((r) => r.days), [api]));
  const exceptions = useResource(
    useCallback(
      () =>
        api
          .get<OpeningException[] | { exceptions: OpeningException[] }>('/api/opening-hours/exceptions')
          .then((r) => (Array.isArray(r) ? r : (r.exceptions ?? []))),
      [api],
    ),
  );
  const reload = useCallback(async () => {
    await Promise.all([status.reload(), days.reload(), exceptions.reload()]);
  }, [status.reload, days.reload, exceptions.reload]);
  return { status: status.data ?? null, days: days.data ?? noDays, exceptions: exceptions.data ?? noExceptions, reload };
}
