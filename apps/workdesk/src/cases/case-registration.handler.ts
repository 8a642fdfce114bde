import { Inject, Injectable } from '@nestjs/common';
import { Topics } from '@inquiry-router/contracts';
import { ConsumerRegistry } from '@inquiry-router/messaging';
import { RegisterCases } from './register-case.use-case';

/**
 * Kafka transport for case registration: `inquiry.classified.v1` (new inquiries and replies),
 * `inquiry.reclassified.v1` and `inquiry.work.v1` (sent to the service desk by a person) →
 * RegisterCases. Each in its own group. Both wait for the router's record: retries back off from 0.5 s to 10 s, about a
 * minute in all, before an event is dead-lettered (replayable once the router has caught up).
 */
@Injectable()
export class CaseRegistrationHandler {
  constructor(@Inject(ConsumerRegistry) consumers: ConsumerRegistry, @Inject(RegisterCases) register: RegisterCases) {
    consumers.register({
      groupId: 'workdesk-cases',
      topic: Topics.InquiryClassified,
      maxAttempts: 10,
      retryBackoffMs: 500,
      handle: (events) => register.fromClassified(events.map((e) => e.value)),
    });
    consumers.register({
      groupId: 'workdesk-cases-reclassified',
      topic: Topics.InquiryReclassified,
      maxAttempts: 10,
      retryBackoffMs: 500,
      handle: (events) => register.fromReclassified(events.map((e) => e.value)),
    });
    consumers.register({
      groupId: 'workdesk-cases-work',
      topic: Topics.InquiryWork,
      maxAttempts: 10,
      retryBackoffMs: 500,
      handle: (events) => register.fromWork(events.map((e) => e.value)),
    });
  }
}
