import { Topics } from './topics';
import { InquiryReceived } from './events/inquiry-received.event';
import { InquiryClassified } from './events/inquiry-classified.event';
import { InquiryForwarded } from './events/inquiry-forwarded.event';
import { InquiryReclassified } from './events/inquiry-reclassified.event';
import { RoutingDecisionReply } from './events/routing-decision-reply.event';

/** Topic → payload class: a handler's payload type follows from the topic it consumes. */
export const EventClasses = {
  [Topics.InquiryReceived]: InquiryReceived,
  [Topics.InquiryClassified]: InquiryClassified,
  [Topics.InquiryForwarded]: InquiryForwarded,
  [Topics.InquiryReclassified]: InquiryReclassified,
  [Topics.RoutingDecisionReply]: RoutingDecisionReply,
} as const;

export type EventMap = { [T in keyof typeof EventClasses]: InstanceType<(typeof EventClasses)[T]> };
export type PayloadOf<T extends keyof EventMap> = EventMap[T];
