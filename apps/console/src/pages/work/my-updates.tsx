import type { MyAdviserUpdateView } from '@inquiry-router/contracts/views';
import { useSession } from '../../api/session';
import { useAction } from '../../api/use-action';
import { Notice, Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { useMyUpdates } from './use-training';

/**
 * The updates reaching the adviser, those not yet confirmed first and announced: each confirmed
 * with one button; a required one names the work the adviser cannot claim until then.
 */
export function MyUpdates() {
  const { t, label, formatDateTime, formatList } = useI18n();
  const { api } = useSession();
  const { data: updates, reload } = useMyUpdates();
  const action = useAction();
  if (!updates || updates.length === 0) return null;
  const open = updates.filter((u) => !u.confirmedAt);
  const ordered = [...open, ...updates.filter((u) => u.confirmedAt)];
  const areas = (u: MyAdviserUpdateView) =>
    formatList([...u.categories.map((c) => label('category', c)), ...u.queues.map((q) => label('queue', q))]);

  const confirm = async (id: string) => {
    await action.run(() => api.post(`/api/adviser-updates/${encodeURIComponent(id)}/confirm`), t('training.mine.done'));
    await reload();
  };

  return (
    <Section id="my-updates" title={t('training.mine.title')} className={open.length > 0 ? 'panel attention' : undefined}>
      {open.length > 0 && (
        <p role="status">
          <strong>{t('training.mine.waiting', { count: open.length })}</strong>
        </p>
      )}
      <Notice kind="ok">{action.ok}</Notice>
      <Notice kind="error">{action.error}</Notice>
      {ordered.map((u) => (
        <article key={u.id} aria-labelledby={`my-update-${u.id}`}>
          <h3 id={`my-update-${u.id}`}>
            {label('training.updates.kinds', u.kind)}: {u.title}
          </h3>
          <p className="update-body">{u.body}</p>
          {u.confirmedAt ? (
            <p className="muted">{t('training.mine.confirmed', { at: formatDateTime(u.confirmedAt) })}</p>
          ) : (
            <>
              {u.requiredBeforeClaiming && u.categories.length + u.queues.length > 0 && (
                <p>{t('training.mine.required', { areas: areas(u) })}</p>
              )}
              <button type="button" className="primary" disabled={action.busy} onClick={() => void confirm(u.id)}>
                {t('training.mine.confirm', { title: u.title })}
              </button>
            </>
          )}
        </article>
      ))}
    </Section>
  );
}
