import { Presence, Presences, QueueNames } from '@inquiry-router/contracts/vocabulary';
import { choicesOf, SelectField } from '../../components/fields';
import { useI18n } from '../../i18n/i18n';

/** Presence, the queue to take from, and "next inquiry". */
export function WorkToolbar({
  presence,
  onPresence,
  queue,
  onQueue,
  onNext,
  busy,
}: {
  presence: Presence | null;
  onPresence: (presence: Presence) => void;
  queue: string;
  onQueue: (queue: string) => void;
  onNext: () => void;
  busy: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="toolbar panel">
      <SelectField
        id="presence"
        label={t('presence.label')}
        className="field inline"
        value={presence ?? ''}
        choices={[...(presence === null ? [{ value: '', label: '–' }] : []), ...choicesOf(Presences, (p) => t(`presence.${p}`))]}
        onChange={(p) => onPresence(p as Presence)}
      />
      <SelectField
        id="claim-queue"
        label={t('queue.label')}
        className="field inline"
        value={queue}
        choices={[{ value: 'any', label: t('queue.any') }, ...choicesOf(QueueNames, (q) => t(`queue.${q}`))]}
        onChange={onQueue}
      />
      <button type="button" className="primary" onClick={onNext} disabled={busy} aria-keyshortcuts="n">
        {t('work.next')} <kbd aria-hidden="true">N</kbd>
      </button>
    </div>
  );
}
