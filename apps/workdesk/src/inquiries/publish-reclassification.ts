import { Injectable } from '@nestjs/common';
import { InquiryReclassified, Topics } from '@inquiry-router/contracts';
import { Outbox } from '@inquiry-router/messaging';
import { ExampleLabel, InquiryEntity } from '@inquiry-router/persistence';
import { CorrectionExamples } from '../workdesk.ports';

/**
 * What every change of decision by a person does: keeps it as a labelled example (with the text
 * the classifier read) and hands it to the router: the event goes to the outbox in the
 * transaction that records the example, so there is either both or neither.
 */
@Injectable()
export class PublishReclassification {
  constructor(
    private readonly examples: CorrectionExamples,
    private readonly outbox: Outbox,
  ) {}

  async execute(
    inquiry: InquiryEntity,
    example: { label: ExampleLabel | null; rejectedTarget: string | null },
    event: InquiryReclassified,
  ): Promise<void> {
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
      this.outbox.messages(Topics.InquiryReclassified, [{ key: event.inquiryId, value: event }]),
    );
  }
}
