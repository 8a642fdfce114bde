import { KafkaJSProtocolError } from 'kafkajs';
import pino from 'pino';
import { Topics } from '@inquiry-router/contracts';
import { createLogger } from '@inquiry-router/runtime';
import { ConsumerGroupMember } from './consumer-group';
import { KafkaConnection } from './kafka-connection';

/** A kafkajs consumer whose events the test emits and whose connects it can fail. */
class ScriptedConsumer {
  readonly events = { GROUP_JOIN: 'group-join', CRASH: 'crash', STOP: 'stop' };
  readonly connect = jest.fn(() => Promise.resolve());
  readonly subscribe = jest.fn(() => Promise.resolve());
  readonly run = jest.fn(() => Promise.resolve());
  readonly disconnect = jest.fn(() => Promise.resolve());
  private readonly listeners = new Map<string, (event: unknown) => void>();

  on(event: string, listener: (event: unknown) => void): void {
    this.listeners.set(event, listener);
  }

  emit(event: string, payload: object = {}): void {
    this.listeners.get(event)?.({ payload });
  }
}

/** A connection whose kafkajs client hands out the scripted consumer. */
const connectionTo = (scripted: ScriptedConsumer) =>
  ({ kafka: { consumer: () => scripted }, topic: (name: string) => name, group: (name: string) => name }) as unknown as KafkaConnection;

describe('ConsumerGroupMember when kafkajs gives up on its consumer', () => {
  const scripted = new ScriptedConsumer();
  const connection = connectionTo(scripted);
  const exit = jest.spyOn(process, 'exit').mockImplementation(() => undefined as never);
  let member: ConsumerGroupMember;

  beforeEach(() => {
    jest.useFakeTimers();
    member = new ConsumerGroupMember(
      connection,
      'test',
      { groupId: 'g', topic: Topics.InquiryClassified },
      createLogger('unit', 'fatal', true),
    );
  });

  afterEach(async () => {
    await member.stop();
    jest.useRealTimers();
    jest.clearAllMocks();
  });

  afterAll(() => exit.mockRestore());

  const giveUp = (message: string) => scripted.emit(scripted.events.CRASH, { error: new Error(message), restart: false });

  it('is not ready, restarts the consumer after a delay and is ready once it has joined again; the process goes on', async () => {
    await member.start({ eachBatch: async () => undefined });
    scripted.emit(scripted.events.GROUP_JOIN);
    await expect(member.check()).resolves.toBeUndefined();

    giveUp('Failed to find group coordinator');
    await expect(member.check()).rejects.toThrow('consumer crashed and is being restarted: Failed to find group coordinator');
    expect(scripted.run).toHaveBeenCalledTimes(1);

    await jest.advanceTimersByTimeAsync(999);
    expect(scripted.run).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(scripted.connect).toHaveBeenCalledTimes(2);
    expect(scripted.subscribe).toHaveBeenCalledTimes(2);
    expect(scripted.run).toHaveBeenCalledTimes(2);
    expect(scripted.run).toHaveBeenLastCalledWith(expect.objectContaining({ autoCommit: false, eachBatchAutoResolve: false }));
    await expect(member.check()).rejects.toThrow('being restarted');

    scripted.emit(scripted.events.GROUP_JOIN);
    await expect(member.check()).resolves.toBeUndefined();
    expect(exit).not.toHaveBeenCalled();
  });

  it('waits twice as long after each restart that fails, and from the start again once the group was joined', async () => {
    await member.start({ eachBatch: async () => undefined });
    scripted.connect.mockRejectedValueOnce(new Error('Connection error: connect ECONNREFUSED')).mockRejectedValueOnce(new Error('again'));

    giveUp('Failed to find group coordinator');
    await jest.advanceTimersByTimeAsync(1000); // first restart: connect fails
    expect(scripted.connect).toHaveBeenCalledTimes(2);
    await jest.advanceTimersByTimeAsync(1999);
    expect(scripted.connect).toHaveBeenCalledTimes(2);
    await jest.advanceTimersByTimeAsync(1); // second restart, after 2 s: fails again
    expect(scripted.connect).toHaveBeenCalledTimes(3);
    await jest.advanceTimersByTimeAsync(4000); // third, after 4 s: runs
    expect(scripted.run).toHaveBeenCalledTimes(2);
    await expect(member.check()).rejects.toThrow('being restarted: again');

    scripted.emit(scripted.events.GROUP_JOIN);
    giveUp('Failed to find group coordinator');
    await jest.advanceTimersByTimeAsync(1000);
    expect(scripted.run).toHaveBeenCalledTimes(3);
    expect(exit).not.toHaveBeenCalled();
  });

  it('leaves a consumer kafkajs restarts itself to kafkajs, and restarts nothing once stopped', async () => {
    await member.start({ eachBatch: async () => undefined });
    scripted.emit(scripted.events.CRASH, { error: new Error('The coordinator is loading'), restart: true });
    await jest.advanceTimersByTimeAsync(60_000);
    expect(scripted.connect).toHaveBeenCalledTimes(1);

    giveUp('Failed to find group coordinator');
    await member.stop();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(scripted.connect).toHaveBeenCalledTimes(1);
    expect(exit).not.toHaveBeenCalled();
  });
});

describe('ConsumerGroupMember reporting a crash kafkajs restarts itself', () => {
  it('says it once: at info when the group coordinator was only loading (every broker start), at warn otherwise', async () => {
    const scripted = new ScriptedConsumer();
    const lines: { level: number; msg: string }[] = [];
    const log = pino({ level: 'debug' }, { write: (line: string) => lines.push(JSON.parse(line) as { level: number; msg: string }) });
    const member = new ConsumerGroupMember(connectionTo(scripted), 'test', { groupId: 'g', topic: Topics.InquiryClassified }, log);
    await member.start({ eachBatch: async () => undefined });

    const loading = new KafkaJSProtocolError(
      Object.assign(new Error("The coordinator is loading and hence can't process requests for this group"), {
        type: 'GROUP_LOAD_IN_PROGRESS',
        code: 14,
        retriable: true,
      }),
    );
    scripted.emit(scripted.events.CRASH, { error: loading, restart: true });
    scripted.emit(scripted.events.CRASH, { error: new Error('Broker not connected'), restart: true });

    expect(lines.map(({ level, msg }) => [pino.levels.labels[level], msg])).toEqual([
      ['info', 'group coordinator not ready yet; kafkajs joins again'],
      ['warn', 'consumer crashed; kafkajs restarts it'],
    ]);
    expect(scripted.connect).toHaveBeenCalledTimes(1);
    await member.stop();
  });
});
