import { failureOf } from '../../api/use-resource';
import { ItemList } from '../../components/listing';
import { Notice, Page, Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { PublishUpdateForm } from './publish-update-form';
import { UpdateConfirmations } from './update-confirmations';
import { useAdviserUpdates } from './use-adviser-updates';

/** For supervisors: publish an update advisers must take in, and see per update who has confirmed it and who has not. */
export function AdviserUpdatesPage() {
  const { t, label, formatDateTime, formatList } = useI18n();
  const { data: updates, error, reload } = useAdviserUpdates();
  const failed = failureOf(error);

  return (
    <Page title={t('training.updates.title')}>
      {failed && <Notice kind="error">{t('errors.generic', { message: failed })}</Notice>}
      <Section id="update-publish" title={t('training.updates.publish')}>
        <PublishUpdateForm onPublished={() => void reload()} />
      </Section>
      <Section id="update-list" title={t('training.updates.list')}>
        <ItemList items={updates} empty={t('training.updates.empty')} itemKey={(u) => u.id}>
          {(u) => (
            <article aria-labelledby={`update-${u.id}`}>
              <h3 id={`update-${u.id}`}>{u.title}</h3>
              <p className="muted">
                {label('training.updates.kinds', u.kind)} · <time dateTime={u.publishedAt}>{formatDateTime(u.publishedAt)}</time> ·{' '}
                {u.categories.length + u.queues.length === 0
                  ? t('training.updates.everyone')
                  : formatList([...u.categories.map((c) => label('category', c)), ...u.queues.map((q) => label('queue', q))])}
                {u.requiredBeforeClaiming && <> · {t('training.updates.requiredMark')}</>}
              </p>
              <UpdateConfirmations update={u} />
            </article>
          )}
        </ItemList>
      </Section>
    </Page>
  );
}
