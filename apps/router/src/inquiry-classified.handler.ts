import { DefaultPartitions, Topics } from '@inquiry-router/contracts';
import { eventBatchHandler } from '@inquiry-router/messaging';
import { RetriesOutlastingRedisRestart } from './redis-outage-retries';
import { RouteInquiries } from './route-inquiries.use-case';

/**
 * Kafka transport: `inquiry.classified.v1` → RouteInquiries. Every partition it holds is worked at
 * once: at a steady load a batch is small and its time is mostly round trips to Postgres, so
 * batches side by side (each its own transaction) keep up where three at a time queue.
 */
export const InquiryClassifiedHandler = eventBatchHandler(
  Topics.InquiryClassified,
  { groupId: 'router', partitionsConsumedConcurrently: DefaultPartitions[Topics.InquiryClassified], ...RetriesOutlastingRedisRestart },
  RouteInquiries,
  (route, inquiries) => route.execute(inquiries),
);
