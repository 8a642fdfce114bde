import { Inject, Injectable } from '@nestjs/common';
import { Topics } from '@inquiry-router/contracts';
import { ConsumerRegistry } from '@inquiry-router/messaging';
import { RouteInquiries } from './route-inquiries.use-case';

/** Kafka transport: `inquiry.classified.v1` → RouteInquiries. */
@Injectable()
export class InquiryClassifiedHandler {
  constructor(@Inject(ConsumerRegistry) consumers: ConsumerRegistry, @Inject(RouteInquiries) route: RouteInquiries) {
    consumers.register({
      groupId: 'router',
      topic: Topics.InquiryClassified,
      handle: (events) => route.execute(events.map((e) => e.value)),
    });
  }
}
