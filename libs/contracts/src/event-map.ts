import { Topics } from './topics';
import { InquiryReceived } from './events/inquiry-received.event';
import { InquiryClassified } from './events/inquiry-classified.event';
import { InquiryForwarded } from './events/inquiry-forwarded.event';
import { InquiryReclassified } from './events/inquiry-reclassified.event';
import { RoutingDecisionReply } from './events/routing-decision-reply.event';
import { OutboundMessage } from './events/outbound-message.event';
import { CaseReminder, CaseStatusChanged } from './events/case-events';
import { InquiryWork } from './events/inquiry-work.event';
import { InquirySlaBreached, InquirySlaWarning } from './events/inquiry-service-level.event';
import { AgencyDelivered, AgencyDeliveryFailed } from './events/agency-delivery.events';
import { NoticeChanged } from './events/notice.events';

/** Topic → payload class: a handler's payload type follows from the topic it consumes. */
export const EventClasses = {
  [Topics.InquiryReceived]: InquiryReceived,
  [Topics.InquiryClassified]: InquiryClassified,
  [Topics.InquiryForwarded]: InquiryForwarded,
  [Topics.InquiryReclassified]: InquiryReclassified,
  [Topics.RoutingDecisionReply]: RoutingDecisionReply,
  [Topics.OutboundMessage]: OutboundMessage,
  [Topics.CaseStatusChanged]: CaseStatusChanged,
  [Topics.CaseReminder]: CaseReminder,
  [Topics.InquiryWork]: InquiryWork,
  [Topics.InquirySlaWarning]: InquirySlaWarning,
  [Topics.InquirySlaBreached]: InquirySlaBreached,
  [Topics.InquiryForwardedRetry1]: InquiryForwarded,
  [Topics.InquiryForwardedRetry2]: InquiryForwarded,
  [Topics.InquiryForwardedRetry3]: InquiryForwarded,
  [Topics.InquiryForwardedRetry4]: InquiryForwarded,
  [Topics.InquiryForwardedRetry5]: InquiryForwarded,
  [Topics.AgencyDelivered]: AgencyDelivered,
  [Topics.AgencyDeliveryFailed]: AgencyDeliveryFailed,
  [Topics.NoticeChanged]: NoticeChanged,
} as const;

export type EventMap = { [T in keyof typeof EventClasses]: InstanceType<(typeof EventClasses)[T]> };
export type PayloadOf<T extends keyof EventMap> = EventMap[T];
