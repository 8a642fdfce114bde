// Integration: real Kafka broker (fresh topics under a random prefix). No Postgres or Redis.
import { Controller, INestApplication, Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, EventPattern, MessagePattern, Payload } from '@nestjs/microservices';
import { DeadLetterHeaders, InquiryReceived, RoutingDecisionReply, Topics } from '@inquiry-router/contracts';
import { MESSAGE_TRANSPORT, startMessageHandlers } from '@inquiry-router/runtime';
import { aDecision, anInquiry, eventually, freshId, TestPipeline } from '@inquiry-router/testing';
import { ConsumedEvent } from './consumed-message';
import { batches, KafkaContext } from './consumer-declarations';
import { NonRetriableError } from './errors';
import { EventPublisher } from './event-publisher';
import { KafkaConnection } from './kafka-connection';
import { KafkaTransport, MESSAGING_INSTANCE_ID } from './kafka-transport';

@Injectable()
class Seen {
  batches: string[][] = [];
  groups = new Set<string>();
  replies: string[] = [];
  replyGroups = new Set<string>();
}

@Controller()
class TestHandlers {
  constructor(private readonly seen: Seen) {}

  @EventPattern(Topics.InquiryReceived, batches({ groupId: 'transport-test', maxAttempts: 3, retryBackoffMs: 10 }))
  received(@Payload() events: ConsumedEvent<InquiryReceived>[], @Ctx() context: KafkaContext): void {
    const poison = events.find((e) => e.value.inquiry.id.startsWith('poison'));
    if (poison) throw new NonRetriableError(`cannot take ${poison.value.inquiry.id}`);
    this.seen.groups.add(context.brokerGroup);
    this.seen.batches.push(events.map((e) => e.value.inquiry.id));
  }

  @MessagePattern(Topics.RoutingDecisionReply, batches({ groupId: 'transport-test-replies' }))
  replied(@Payload() events: ConsumedEvent<RoutingDecisionReply>[], @Ctx() context: KafkaContext): void {
    this.seen.replyGroups.add(context.brokerGroup);
    this.seen.replies.push(...events.map((e) => e.value.inquiryId));
  }
}

describe('KafkaTransport: Nest message handlers on the real broker', () => {
  const pipeline = new TestPipeline();
  let app: INestApplication;
  let seen: Seen;

  beforeAll(async () => {
    await pipeline.setUp();
    @Module({
      controllers: [TestHandlers],
      providers: [
        Seen,
        { provide: KafkaConnection, useValue: pipeline.connection },
        { provide: EventPublisher, useValue: pipeline.publisher },
        { provide: MESSAGING_INSTANCE_ID, useValue: 'instance-a' },
        KafkaTransport,
        { provide: MESSAGE_TRANSPORT, useExisting: KafkaTransport },
      ],
    })
    class TestModule {}
    app = await NestFactory.create(TestModule, { logger: false });
    await startMessageHandlers(app);
    seen = app.get(Seen);
    await eventually(
      async () =>
        (await app
          .get(KafkaTransport)
          .check()
          .then(
            () => true,
            () => false,
          )) || undefined,
      30_000,
      'consumers joined',
    );
  });
  afterAll(async () => {
    await app?.close();
    await pipeline.tearDown();
  });

  it('hands an @EventPattern handler whole batches of valid events, with its topic and group', async () => {
    const ids = [freshId('a'), freshId('b'), freshId('c')];
    await pipeline.publisher.publish(
      Topics.InquiryReceived,
      ids.map((id) => ({ key: 'one-partition', value: { inquiry: anInquiry({ id }) } })),
    );

    await eventually(async () => (ids.every((id) => seen.batches.flat().includes(id)) ? true : undefined), 30_000, 'the events');
    expect(seen.batches.flat().filter((id) => ids.includes(id))).toEqual(ids);
    expect(seen.groups).toEqual(new Set([`${pipeline.topicPrefix}transport-test`]));
  });

  it("gives the transport a handler's error unchanged: a NonRetriableError is dead-lettered at once with its cause", async () => {
    const deadLetters = await pipeline.collect(Topics.InquiryReceived, { deadLetters: true });
    const poison = freshId('poison');
    const after = freshId('after');
    await pipeline.publisher.publish(
      Topics.InquiryReceived,
      [poison, after].map((id) => ({ key: id, value: { inquiry: anInquiry({ id }) } })),
    );

    const dead = await eventually(async () => deadLetters.find((d) => d.key === poison), 30_000, 'the dead letter');
    expect(dead.headers[DeadLetterHeaders.Reason]).toBe(`NonRetriableError: cannot take ${poison}`);
    expect(dead.headers[DeadLetterHeaders.Attempts]).toBe('1');
    await eventually(async () => (seen.batches.flat().includes(after) ? true : undefined), 30_000, 'the message after it');
  });

  it('reads the replies of a @MessagePattern handler in a group of this instance alone', async () => {
    const id = freshId('reply');
    const reply: RoutingDecisionReply = { inquiryId: id, decision: aDecision('first-line'), decidedAt: new Date().toISOString() };
    await pipeline.publisher.publish(Topics.RoutingDecisionReply, [{ key: id, value: reply }]);

    await eventually(async () => (seen.replies.includes(id) ? true : undefined), 30_000, 'the reply');
    expect(seen.replyGroups).toEqual(new Set([`${pipeline.topicPrefix}transport-test-replies-instance-a`]));
  });
});
