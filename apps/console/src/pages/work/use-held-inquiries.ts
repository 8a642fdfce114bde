import { useCallback } from 'react';
import { useSession } from '../../api/session';
import { HeldInquiry } from '../../api/types';
import { useResource } from '../../api/use-resource';

const none: HeldInquiry[] = [];

/** What the signed-in adviser holds (`GET /api/work/mine`): reserved for them or accepted. Undefined until loaded. */
export function useHeldInquiries() {
  const { api } = useSession();
  const held = useResource(
    useCallback(() => api.get<HeldInquiry[]>('/api/work/mine'), [api]),
    { fallback: none },
  );
  return { held: held.data, reload: held.reload };
}
