import { Topics } from '@inquiry-router/contracts';
import { eventBatchHandler } from '@inquiry-router/messaging';
import { RetriesOutlastingRedisRestart } from './redis-outage-retries';
import { RouteInquiries } from './route-inquiries.use-case';

/** Kafka transport: `inquiry.classified.v1` → RouteInquiries. */
export const InquiryClassifiedHandler = eventBatchHandler(
  Topics.InquiryClassified,
  { groupId: 'router', ...RetriesOutlastingRedisRestart },
  RouteInquiries,
  (route, inquiries) => route.execute(inquiries),
);
