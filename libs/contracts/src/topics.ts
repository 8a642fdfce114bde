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
};

export const AllTopics: readonly TopicName[] = Object.values(Topics);

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
