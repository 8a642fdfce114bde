import type { AdviserUpdateView } from '@inquiry-router/contracts/views';
import { useI18n } from '../../i18n/i18n';
import { useConfirmations } from './use-adviser-updates';

/** One update's confirmations: how many of those it reaches have confirmed, who (when), and who not. */
export function UpdateConfirmations({ update }: { update: AdviserUpdateView }) {
  const { t, formatDateTime, formatList } = useI18n();
  const { data } = useConfirmations(update.id);
  if (!data) return null;
  const total = data.confirmed.length + data.unconfirmed.length;
  return (
    <div data-testid={`confirmations-${update.id}`}>
      <p>{t('training.updates.confirmedCount', { confirmed: data.confirmed.length, total })}</p>
      <dl>
        <dt>{t('training.updates.confirmedBy')}</dt>
        <dd>
          {data.confirmed.length === 0
            ? t('training.updates.nobody')
            : formatList(
                data.confirmed.map((c) => t('training.updates.confirmedAt', { adviser: c.adviser, at: formatDateTime(c.confirmedAt) })),
              )}
        </dd>
        <dt>{t('training.updates.notConfirmedBy')}</dt>
        <dd>{data.unconfirmed.length === 0 ? t('training.updates.nobody') : formatList(data.unconfirmed)}</dd>
      </dl>
    </div>
  );
}
