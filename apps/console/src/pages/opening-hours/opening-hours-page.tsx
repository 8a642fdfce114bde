import type { OpeningExceptionOrder } from '@inquiry-router/contracts/views';
import { useSession } from '../../api/session';
import { useAction } from '../../api/use-action';
import { Notice, Page } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { ExceptionsSection } from './exceptions-section';
import { OrderForm } from './order-form';
import { useOpeningHours } from './use-opening-hours';
import { WeekTable } from './week-table';

/** Opening hours for the coming days, and extended-hours orders and closures (supervisors). */
export function OpeningHoursPage() {
  const { t, formatDateTime } = useI18n();
  const { api } = useSession();
  const { status, days, exceptions, reload } = useOpeningHours();
  const action = useAction();

  const order = async (body: OpeningExceptionOrder) => {
    const done = await action.run(() => api.post('/api/opening-hours/exceptions', body).then(() => true), t('openingHours.ordered'));
    if (done) await reload();
    return done === true;
  };
  const cancel = async (id: string) => {
    const done = await action.run(() => api.delete(`/api/opening-hours/exceptions/${id}`).then(() => true), t('openingHours.cancelled'));
    if (done) await reload();
  };

  return (
    <Page title={t('openingHours.title')}>
      {status && (
        <p className="panel">
          <strong>{t('openingHours.now')}:</strong>{' '}
          {status.open
            ? t('openingHours.open', { time: formatDateTime(status.closesAt) })
            : t('openingHours.closed', { time: formatDateTime(status.nextOpening) })}
        </p>
      )}
      <Notice kind="ok">{action.ok}</Notice>
      <Notice kind="error">{action.error}</Notice>
      <div className="columns">
        <div className="column-main">
          <WeekTable days={days} />
        </div>
        <div className="column-side">
          <ExceptionsSection exceptions={exceptions} onCancel={(id) => void cancel(id)} />
          <OrderForm busy={action.busy} onOrder={order} />
        </div>
      </div>
    </Page>
  );
}
