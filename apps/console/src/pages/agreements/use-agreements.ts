import { useCallback } from 'react';
import { useSession } from '../../api/session';
import { useResource } from '../../api/use-resource';

/** An agency's agreement as the policy API holds it; the console edits it as JSON. */
export interface Agreement {
  code: string;
  name: string;
  [k: string]: unknown;
}

export interface Draft {
  id: string;
  baseVersion: string;
  status: string;
  createdBy: string;
  createdAt: string;
  comment: string | null;
}

export interface Simulation {
  draftId: string | null;
  staleDraft: boolean;
  replayed: number;
  changed: number;
  targetChanged: number;
  days: number;
}

const noDrafts: Draft[] = [];
const noAgreements: Agreement[] = [];

/** The active policy's agreements and version, and the drafts waiting to be published. */
export function useAgreements() {
  const { api } = useSession();
  const active = useResource(useCallback(() => api.get<{ version: string; agencies: Agreement[] }>('/api/policy/agencies'), [api]));
  const drafts = useResource(
    useCallback(() => api.get<Draft[]>('/api/policy/drafts?status=draft'), [api]),
    { fallback: noDrafts },
  );
  const reload = useCallback(async () => {
    await Promise.all([active.reload(), drafts.reload()]);
  }, [active.reload, drafts.reload]);
  return {
    version: active.data?.version ?? '',
    agreements: active.data?.agencies ?? noAgreements,
    drafts: drafts.data ?? noDrafts,
    reload,
  };
}
