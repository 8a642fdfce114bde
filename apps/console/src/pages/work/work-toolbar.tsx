import { Presence, Presences, QueueNames } from '@inquiry-router/contracts/vocabulary';
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
  const { m } = useI18n();
  return (
    <div className="toolbar panel">
      <div className="field inline">
        <label htmlFor="presence">{m.presence.label}</label>
        <select id="presence" value={presence ?? ''} onChange={(e) => onPresence(e.target.value as Presence)}>
          {presence === null && <option value="">–</option>}
          {Presences.map((p) => (
            <option key={p} value={p}>
              {m.presence[p]}
            </option>
          ))}
        </select>
      </div>
      <div className="field inline">
        <label htmlFor="claim-queue">{m.queue.label}</label>
        <select id="claim-queue" value={queue} onChange={(e) => onQueue(e.target.value)}>
          <option value="any">{m.queue.any}</option>
          {QueueNames.map((q) => (
            <option key={q} value={q}>
              {m.queue[q]}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="primary" onClick={onNext} disabled={busy} aria-keyshortcuts="n">
        {m.work.next} <kbd aria-hidden="true">N</kbd>
      </button>
    </div>
  );
}
