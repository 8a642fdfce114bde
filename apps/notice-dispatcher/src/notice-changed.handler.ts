import { Topics } from '@inquiry-router/contracts';
import { eventBatchHandler } from '@inquiry-router/messaging';
import { RecordNoticeDeliveries } from './record-notice-deliveries.use-case';

/** Kafka transport: `notice.changed.v1` → RecordNoticeDeliveries. */
export const NoticeChangedHandler = eventBatchHandler(
  Topics.NoticeChanged,
  { groupId: 'notice-dispatcher' },
  RecordNoticeDeliveries,
  (record, entries) => record.execute(entries),
);
