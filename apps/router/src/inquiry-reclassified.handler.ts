import { Topics } from '@inquiry-router/contracts';
import { eventBatchHandler } from '@inquiry-router/messaging';
import { RetriesOutlastingRedisRestart } from './redis-outage-retries';
import { RerouteInquiries } from './reroute-inquiries.use-case';

/** Kafka transport: `inquiry.reclassified.v1` → RerouteInquiries. */
export const InquiryReclassifiedHandler = eventBatchHandler(
  Topics.InquiryReclassified,
  // A group of its own: kafkajs assigns a group's partitions as if every member read every topic.
  { groupId: 'router-reclassifications', ...RetriesOutlastingRedisRestart },
  RerouteInquiries,
  (reroute, reclassifications) => reroute.execute(reclassifications),
);
