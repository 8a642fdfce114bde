import { KafkaJSNumberOfRetriesExceeded, KafkaJSProtocolError, logLevel } from 'kafkajs';
import { isCoordinatorNotReady, kafkajsLogLevel } from './kafkajs-log';

/** A protocol error as kafkajs builds it from a broker's error code. */
const protocolError = (type: string, code: number, message: string) =>
  new KafkaJSProtocolError(Object.assign(new Error(message), { type, code, retriable: true }));

const loading = protocolError('GROUP_LOAD_IN_PROGRESS', 14, "The coordinator is loading and hence can't process requests for this group");

describe('kafkajsLogLevel', () => {
  const line = (namespace: string, level: logLevel, message: string, extra: object = {}) =>
    kafkajsLogLevel({ namespace, level, log: { message, timestamp: '2026-12-07T12:08:24.564Z', logger: 'kafkajs', ...extra } });

  it("writes kafkajs's own lines about a consumer it crashed and restarts at debug: the consumer reports the crash itself", () => {
    expect(
      line('Consumer', logLevel.ERROR, `Crash: ${loading.name}: ${loading.message}`, { groupId: 'router', stack: loading.stack }),
    ).toBe('debug');
    expect(line('Consumer', logLevel.ERROR, 'Restarting the consumer in 300ms', { groupId: 'router', retryTime: 300 })).toBe('debug');
  });

  it('writes a coordinator error and a publish that gives up on purpose at debug', () => {
    expect(line('Connection', logLevel.ERROR, 'Response JoinGroup(key: 11, version: 5)', { error: loading.message })).toBe('debug');
    expect(line('Producer', logLevel.WARN, 'Limiting retries for the idempotent producer may invalidate EoS guarantees', {})).toBe('debug');
  });

  it("writes a rebalance's heartbeat answer at debug and the rejoining at info: an instance joined or left", () => {
    const rebalancing = 'The group is rebalancing, so a rejoin is needed';
    expect(line('Connection', logLevel.ERROR, 'Response Heartbeat(key: 12, version: 3)', { error: rebalancing })).toBe('debug');
    expect(line('Runner', logLevel.WARN, 'The group is rebalancing, re-joining', { error: rebalancing })).toBe('info');
  });

  it('keeps every other line at the level kafkajs gave it', () => {
    expect(line('Connection', logLevel.ERROR, 'Connection error: connect ECONNREFUSED 127.0.0.1:9092', {})).toBe('error');
    expect(line('Producer', logLevel.ERROR, 'Crash: KafkaJSError: not a consumer', {})).toBe('error');
    expect(line('Consumer', logLevel.ERROR, 'Caught error when invoking user-provided "restartOnFailure" callback', {})).toBe('error');
    expect(line('Consumer', logLevel.WARN, 'Crash: a warning is not lowered', {})).toBe('warn');
    expect(line('Cluster', logLevel.INFO, 'connected', {})).toBe('info');
  });
});

describe('isCoordinatorNotReady', () => {
  it('holds for a coordinator that is loading, not available or not the right one, also as the cause of exhausted retries', () => {
    expect(isCoordinatorNotReady(loading)).toBe(true);
    expect(isCoordinatorNotReady(protocolError('GROUP_COORDINATOR_NOT_AVAILABLE', 15, 'The group coordinator is not available'))).toBe(
      true,
    );
    expect(
      isCoordinatorNotReady(protocolError('NOT_COORDINATOR_FOR_GROUP', 16, 'This is not the correct coordinator for this group')),
    ).toBe(true);
    expect(isCoordinatorNotReady(new KafkaJSNumberOfRetriesExceeded(loading, { retryCount: 5, retryTime: 3000 }))).toBe(true);
  });

  it('does not hold for any other error', () => {
    expect(isCoordinatorNotReady(protocolError('REBALANCE_IN_PROGRESS', 27, 'The group is rebalancing, so a rejoin is needed'))).toBe(
      false,
    );
    expect(isCoordinatorNotReady(new Error('Failed to find group coordinator'))).toBe(false);
    expect(isCoordinatorNotReady(undefined)).toBe(false);
  });
});
