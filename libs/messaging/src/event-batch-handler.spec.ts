import { Injectable } from '@nestjs/common';
import { PATTERN_EXTRAS_METADATA, PATTERN_METADATA } from '@nestjs/microservices/constants';
import { Test } from '@nestjs/testing';
import { InquiryReceived, Topics } from '@inquiry-router/contracts';
import { anInquiry } from '@inquiry-router/testing';
import type { ConsumedEvent } from './consumed-message';
import { eventBatchHandler } from './event-batch-handler';

@Injectable()
class RecordInquiries {
  readonly batches: InquiryReceived[][] = [];
  async execute(inquiries: InquiryReceived[]): Promise<void> {
    this.batches.push(inquiries);
  }
}

const Handler = eventBatchHandler(Topics.InquiryReceived, { groupId: 'unit', maxAttempts: 3 }, RecordInquiries, (record, inquiries) =>
  record.execute(inquiries),
);

function consumed(value: InquiryReceived, offset: number): ConsumedEvent<InquiryReceived> {
  return { key: value.inquiry.id, value, partition: 0, offset: String(offset), headers: {} };
}

describe('eventBatchHandler', () => {
  it('declares its topic, consumed in batches in its group with its retries, and is named for both in logs', () => {
    expect(Handler.name).toBe('RecordInquiriesHandler(inquiry.received.v1)');
    const handle = (Handler.prototype as { handle: object }).handle;
    expect(Reflect.getMetadata(PATTERN_METADATA, handle)).toEqual([Topics.InquiryReceived]);
    expect(Reflect.getMetadata(PATTERN_EXTRAS_METADATA, handle)).toEqual({ consumption: 'batches', groupId: 'unit', maxAttempts: 3 });
  });

  it("hands each batch's payloads to the use case, in order", async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [Handler], providers: [RecordInquiries] }).compile();
    const handler = moduleRef.get<{ handle(events: ConsumedEvent<InquiryReceived>[]): Promise<void> }>(Handler);
    const [first, second] = [{ inquiry: anInquiry() }, { inquiry: anInquiry() }];

    await handler.handle([consumed(first, 1), consumed(second, 2)]);

    expect(moduleRef.get(RecordInquiries).batches).toEqual([[first, second]]);
  });
});
