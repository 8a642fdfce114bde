import { PayloadOf, TopicName, Topics } from '@inquiry-router/contracts';
import { eventBatchHandler } from '@inquiry-router/messaging';
import { RegisterCases } from './register-case.use-case';

/**
 * Each waits for the router's record: retries back off from 0.5 s to 10 s, and count only once the
 * router has had five minutes (`RouterCatchUpMs`), then about a minute more.
 */
const waitingForTheRouter = { maxAttempts: 10, retryBackoffMs: 500 };

/** The handler of one topic, in a consumer group of its own. */
function registration<T extends TopicName>(
  topic: T,
  groupId: string,
  run: (register: RegisterCases, events: PayloadOf<T>[]) => Promise<unknown>,
) {
  return eventBatchHandler(topic, { groupId, ...waitingForTheRouter }, RegisterCases, run);
}

/**
 * Kafka transport for case registration: `inquiry.classified.v1` (new inquiries and replies),
 * `inquiry.reclassified.v1` and `inquiry.work.v1` (sent to the service desk by a person) →
 * RegisterCases. An event the router has not recorded within five minutes and the retries after is
 * dead-lettered (replayable once the router has caught up).
 */
export const CaseRegistrationHandlers = [
  registration(Topics.InquiryClassified, 'workdesk-cases', (register, inquiries) => register.fromClassified(inquiries)),
  registration(Topics.InquiryReclassified, 'workdesk-cases-reclassified', (register, events) => register.fromReclassified(events)),
  registration(Topics.InquiryWork, 'workdesk-cases-work', (register, events) => register.fromWork(events)),
];
