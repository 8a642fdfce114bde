import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { InquiryClassified, InquiryReclassified, InquiryWork, Topics } from '@inquiry-router/contracts';
import { batches, ConsumedEvent } from '@inquiry-router/messaging';
import { RegisterCases } from './register-case.use-case';

/** Both wait for the router's record: retries back off from 0.5 s to 10 s, about a minute in all. */
const waitingForTheRouter = { maxAttempts: 10, retryBackoffMs: 500 };

/**
 * Kafka transport for case registration: `inquiry.classified.v1` (new inquiries and replies),
 * `inquiry.reclassified.v1` and `inquiry.work.v1` (sent to the service desk by a person) →
 * RegisterCases. Each in its own group. An event the router has not recorded within the retries
 * is dead-lettered (replayable once the router has caught up).
 */
@Controller()
export class CaseRegistrationHandler {
  constructor(@Inject(RegisterCases) private readonly register: RegisterCases) {}

  @EventPattern(Topics.InquiryClassified, batches({ groupId: 'workdesk-cases', ...waitingForTheRouter }))
  async classified(@Payload() events: ConsumedEvent<InquiryClassified>[]): Promise<void> {
    await this.register.fromClassified(events.map((e) => e.value));
  }

  @EventPattern(Topics.InquiryReclassified, batches({ groupId: 'workdesk-cases-reclassified', ...waitingForTheRouter }))
  async reclassified(@Payload() events: ConsumedEvent<InquiryReclassified>[]): Promise<void> {
    await this.register.fromReclassified(events.map((e) => e.value));
  }

  @EventPattern(Topics.InquiryWork, batches({ groupId: 'workdesk-cases-work', ...waitingForTheRouter }))
  async work(@Payload() events: ConsumedEvent<InquiryWork>[]): Promise<void> {
    await this.register.fromWork(events.map((e) => e.value));
  }
}
