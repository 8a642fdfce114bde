import { useEffect, useState } from 'react';
import type { AdviserView, PresenceSetting } from '@inquiry-router/contracts/views';
import type { Presence } from '@inquiry-router/contracts/vocabulary';
import { useSession } from '../../api/session';
import { InquiryView } from '../../api/types';
import { useAction } from '../../api/use-action';
import { Notice, Page } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { useShortcuts } from '../../keyboard/shortcuts';
import { useLiveOverview } from '../../live/use-live-overview';
import { inquiryPath, useRouter } from '../../router';
import { HeldInquiries } from './held-inquiries';
import { MenteeEscalations } from './mentee-escalations';
import { MyUpdates } from './my-updates';
import { QueuesNow } from './queues-now';
import { useHeldInquiries } from './use-held-inquiries';
import { WorkToolbar } from './work-toolbar';

/** The adviser's own page: presence, "next inquiry", what they hold, and how the queues stand. */
export function WorkPage() {
  const { t } = useI18n();
  const { api, session } = useSession();
  const { navigate } = useRouter();
  const [presence, setPresence] = useState<Presence | null>(null);
  const [queue, setQueue] = useState<string>('any');
  const { held, reload: reloadHeld } = useHeldInquiries();
  const action = useAction();
  const { overview } = useLiveOverview(session?.token ?? null);

  // Opening the page counts as being here: the heartbeat answers with the presence it keeps.
  useEffect(() => {
    api.post<AdviserView>('/api/advisers/me/heartbeat').then(
      (a) => setPresence(a.presence),
      () => undefined,
    );
  }, [api]);

  const changePresence = async (next: Presence) => {
    setPresence(next);
    await action.run(
      () => api.put<AdviserView>('/api/advisers/me/presence', { presence: next } satisfies PresenceSetting),
      t('presence.saved', { presence: t(`presence.${next}`) }),
    );
    if (next === 'offline') void reloadHeld();
  };

  const next = async () => {
    if (action.busy) return;
    const claimed = await action.run(async () => {
      const reserved = await api.post<InquiryView | undefined>(queue === 'any' ? '/api/work/claim' : `/api/queues/${queue}/claim`);
      if (!reserved) return null;
      await api.post(`/api/inquiries/${encodeURIComponent(reserved.inquiry.id)}/accept`);
      return reserved.inquiry.id;
    });
    if (claimed === null) action.setOk(t('work.nothingWaiting'));
    else if (claimed) navigate(inquiryPath(claimed));
    else void reloadHeld();
  };

  useShortcuts({ next: () => void next() });

  const accept = async (id: string) => {
    const done = await action.run(
      () => api.post(`/api/inquiries/${encodeURIComponent(id)}/accept`).then(() => true),
      t('actions.done.accept'),
    );
    if (done) navigate(inquiryPath(id));
  };

  return (
    <Page title={t('work.title')}>
      <WorkToolbar
        presence={presence}
        onPresence={(p) => void changePresence(p)}
        queue={queue}
        onQueue={setQueue}
        onNext={() => void next()}
        busy={action.busy}
      />
      <Notice kind="ok">{action.ok}</Notice>
      <Notice kind="error">{action.error}</Notice>
      <MyUpdates />
      <MenteeEscalations />
      <HeldInquiries held={held} onAccept={(id) => void accept(id)} />
      <QueuesNow queues={overview?.queues ?? []} />
    </Page>
  );
}
