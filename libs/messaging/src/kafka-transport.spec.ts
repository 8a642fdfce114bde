import { MessageHandler } from '@nestjs/microservices';
import { Topics } from '@inquiry-router/contracts';
import { createLogger } from '@inquiry-router/runtime';
import { batches } from './consumer-declarations';
import { EventPublisher } from './event-publisher';
import { KafkaConnection } from './kafka-connection';
import { KafkaTransport } from './kafka-transport';

// Declaration mistakes are refused when the app starts, before any consumer connects to a broker.
describe('KafkaTransport declarations', () => {
  const connection = new KafkaConnection({
    clientId: 'unit',
    brokers: ['127.0.0.1:1'],
    topicPrefix: 'unit.',
    logger: createLogger('unit', 'fatal', true),
  });
  const handler = (async () => undefined) as unknown as MessageHandler;

  function startWith(...handlers: [pattern: string, extras: object][]): Promise<unknown> {
    const transport = new KafkaTransport(connection, new EventPublisher(connection), 'instance');
    for (const [pattern, extras] of handlers) transport.addHandler(pattern, handler, true, extras as Record<string, unknown>);
    return new Promise((resolve) => transport.listen((error) => resolve(error)));
  }

  it('refuses a pattern that is not a topic of the contracts', async () => {
    const error = await startWith(['inquiry.recieved.v1', batches({ groupId: 'g' })]);
    expect(String(error)).toContain("'inquiry.recieved.v1': not a topic of the contracts");
  });

  it('refuses a handler that declares no consumer group', async () => {
    const error = await startWith([Topics.InquiryReceived, {}]);
    expect(String(error)).toContain('declares no consumer group');
  });

  it('refuses two handlers of one topic in one app', async () => {
    const error = await startWith([Topics.InquiryReceived, batches({ groupId: 'a' })], [Topics.InquiryReceived, batches({ groupId: 'b' })]);
    expect(String(error)).toContain('two message handlers');
  });
});
