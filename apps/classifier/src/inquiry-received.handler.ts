import { Inject, Injectable } from '@nestjs/common';
import { ReplyRequestedHeader, Topics } from '@inquiry-router/contracts';
import { ConsumerRegistry } from '@inquiry-router/messaging';
import { ClassifyInquiries } from './classify-inquiries.use-case';

/** Kafka transport: `inquiry.received.v1` → ClassifyInquiries. */
@Injectable()
export class InquiryReceivedHandler {
  constructor(@Inject(ConsumerRegistry) consumers: ConsumerRegistry, @Inject(ClassifyInquiries) classify: ClassifyInquiries) {
    consumers.register({
      groupId: 'classifier',
      topic: Topics.InquiryReceived,
      handle: (events) =>
        classify.execute(
          events.map((e) => e.value.inquiry),
          new Set(events.filter((e) => e.headers[ReplyRequestedHeader] === '1').map((e) => e.value.inquiry.id)),
        ),
    });
  }
}
