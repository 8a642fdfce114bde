/**
 * Every Kafka topic the system uses. Versioned names: a breaking change to a payload gets a new
 * topic (`.v2`), never an edit in place. Apps refer to these constants, never to string literals.
 */
export const Topics = {
  InquiryReceived: 'inquiry.received.v1',
  InquiryClassified: 'inquiry.classified.v1',
  InquiryForwarded: 'inquiry.forwarded.v1',
  /** A person changed where an inquiry goes: an adviser's correction or an agency's "not ours". */
  InquiryReclassified: 'inquiry.reclassified.v1',
  /** The classifier's decision for an inquiry whose sender waits for it (a caller in the IVR). */
  RoutingDecisionReply: 'routing.decision.reply.v1',
  /** Something to send back to an inquirer through the channel they used; the channel adapters send it. */
  OutboundMessage: 'outbound.message.v1',
  /** A service desk case changed status. */
  CaseStatusChanged: 'case.status-changed.v1',
  /** A case has had no update for too long; its owner is reminded. */
  CaseReminder: 'case.reminder.v1',
  /** Advisers' work on an inquiry: reserved, accepted, lapsed, released, escalated, forwarded, resolved, put back, overflowed. */
  InquiryWork: 'inquiry.work.v1',
  /** A waiting inquiry is close to its service-level due time (once per inquiry). */
  InquirySlaWarning: 'inquiry.sla-warning.v1',
  /** A waiting inquiry passed its service-level due time (once per inquiry). */
  InquirySlaBreached: 'inquiry.sla-breached.v1',
  /**
   * Forwarded inquiries whose delivery to the agency failed, waiting for their next attempt (key:
   * agency code). One topic per step of the backoff schedule, each with one fixed delay, so the
   * messages of a partition fall due in order; see apps/agency-forwarder.
   */
  InquiryForwardedRetry1: 'inquiry.forwarded.v1.retry.1',
  InquiryForwardedRetry2: 'inquiry.forwarded.v1.retry.2',
  InquiryForwardedRetry3: 'inquiry.forwarded.v1.retry.3',
  InquiryForwardedRetry4: 'inquiry.forwarded.v1.retry.4',
  InquiryForwardedRetry5: 'inquiry.forwarded.v1.retry.5',
  /** A forwarded inquiry reached its agency (webhook, mailbox, or available through the agency API). */
  AgencyDelivered: 'agency.delivery.v1',
  /** Delivery to an agency gave up after its retries: supervisors are alerted. */
  AgencyDeliveryFailed: 'agency.delivery.failed.v1',
  /**
   * An operational notice was registered or changed (key: notice id): one message per entry of
   * its history, which the notice-dispatcher sends to every subscriber who wants it, once.
   */
  NoticeChanged: 'notice.changed.v1',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

/** Where a consumer puts a message it could not process, with the cause in the headers. */
export function deadLetterTopicOf(topic: TopicName): string {
  return `${topic}.dlt`;
}

/** Default partition counts; `KAFKA_PARTITIONS_<TOPIC>` style overrides come from config. */
export const DefaultPartitions: Record<TopicName, number> = {
  [Topics.InquiryReceived]: 6,
  [Topics.InquiryClassified]: 6,
  [Topics.InquiryForwarded]: 3,
  [Topics.InquiryReclassified]: 3,
  [Topics.RoutingDecisionReply]: 3,
  [Topics.OutboundMessage]: 6,
  [Topics.CaseStatusChanged]: 3,
  [Topics.CaseReminder]: 3,
  [Topics.InquiryWork]: 6,
  [Topics.InquirySlaWarning]: 3,
  [Topics.InquirySlaBreached]: 3,
  [Topics.InquiryForwardedRetry1]: 6,
  [Topics.InquiryForwardedRetry2]: 6,
  [Topics.InquiryForwardedRetry3]: 6,
  [Topics.InquiryForwardedRetry4]: 6,
  [Topics.InquiryForwardedRetry5]: 6,
  [Topics.AgencyDelivered]: 3,
  [Topics.AgencyDeliveryFailed]: 1,
  [Topics.NoticeChanged]: 3,
};

export const AllTopics: readonly TopicName[] = Object.values(Topics);

/** The retry topics of `inquiry.forwarded.v1`, in the order of the backoff schedule. */
export const InquiryForwardedRetryTopics = [
  Topics.InquiryForwardedRetry1,
  Topics.InquiryForwardedRetry2,
  Topics.InquiryForwardedRetry3,
  Topics.InquiryForwardedRetry4,
  Topics.InquiryForwardedRetry5,
] as const;
export type InquiryForwardedRetryTopic = (typeof InquiryForwardedRetryTopics)[number];

/** The longest the agency-forwarder retries a delivery (its AGENCY_DELIVERY_MAX_AGE_SECONDS at most); the retry topics keep messages longer. */
export const InquiryForwardedRetryMaxAgeSeconds = 7 * 86400;

/** Headers every dead-letter record carries, so an operator can see why and from where. */
export const DeadLetterHeaders = {
  Reason: 'x-dlt-reason',
  SourceTopic: 'x-dlt-source-topic',
  SourcePartition: 'x-dlt-source-partition',
  SourceOffset: 'x-dlt-source-offset',
  ConsumerGroup: 'x-dlt-consumer-group',
  Attempts: 'x-dlt-attempts',
  FailedAt: 'x-dlt-failed-at',
} as const;

/**
 * Set on an `inquiry.received.v1` message whose sender waits for the decision: the classifier
 * then also publishes it on `routing.decision.reply.v1`, keyed by the inquiry id. Every waiting
 * instance reads that topic in its own consumer group and picks out its own inquiries, so the
 * topic needs no partition per instance.
 */
export const ReplyRequestedHeader = 'x-reply-requested';
