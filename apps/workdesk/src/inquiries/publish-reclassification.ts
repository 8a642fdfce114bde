import { Inject, Injectable } from '@nestjs/common';
import { DomainError, InquiryReclassified, Topics } from '@inquiry-router/contracts';
import { EventPublisher } from '@inquiry-router/messaging';
import { ClassificationExampleRepository, ExampleLabel, InquiryEntity } from '@inquiry-router/persistence';

/** Kafka did not take the change: nothing was recorded, the caller may try again. */
export class ReclassificationNotPublished extends DomainError {
  constructor(cause: unknown) {
    super('unavailable', `the change could not be handed to the router: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/**
 * What every change of decision by a person does: keeps it as a labelled example (with the text
 * the classifier read) and hands it to the router. The example is committed only once Kafka has
 * the event, so a failed request leaves neither behind.
 */
@Injectable()
export class PublishReclassification {
  constructor(
    @Inject(ClassificationExampleRepository) private readonly examples: ClassificationExampleRepository,
    @Inject(EventPublisher) private readonly publisher: EventPublisher,
  ) {}

  async execute(inquiry: InquiryEntity, example: { label: ExampleLabel | null; rejectedTarget: string | null }, event: InquiryReclassified): Promise<void> {
    await this.examples.record(
      {
        inquiryId: inquiry.id,
        source: event.source,
        label: example.label,
        rejectedTarget: example.rejectedTarget,
        reason: event.reason,
        actor: event.actor,
        channel: inquiry.channel,
        toAddress: inquiry.toAddress,
        subject: inquiry.subject,
        body: inquiry.body,
        serviceCode: inquiry.serviceCode,
        language: inquiry.language,
      },
      () =>
        this.publisher.publish(Topics.InquiryReclassified, [{ key: event.inquiryId, value: event }]).catch((error: unknown) => {
          throw new ReclassificationNotPublished(error);
        }),
    );
  }
}
