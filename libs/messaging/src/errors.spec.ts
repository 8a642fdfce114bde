import { failureKind, isUnavailable, NonRetriableError, WaitingForAnotherApp } from './errors';

const withCode = (message: string, code: string): Error => Object.assign(new Error(message), { code });

describe('isUnavailable', () => {
  it('takes a connection refused, reset or timed out for a service that is unavailable', () => {
    for (const code of ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'])
      expect(isUnavailable(withCode('connect failed', code))).toBe(true);
  });

  it("takes a database's shutdown, start-up, full connections, connection exceptions and asks to retry for unavailable", () => {
    for (const state of ['57P01', '57P02', '57P03', '53300', '08006', '08001', '40001', '40P01'])
      expect(isUnavailable(withCode('database says so', state))).toBe(true);
  });

  it("looks through TypeORM's driverError and an error's cause", () => {
    const queryFailed = Object.assign(new Error('terminating connection due to administrator command'), {
      name: 'QueryFailedError',
      driverError: withCode('terminating connection due to administrator command', '57P01'),
    });
    expect(isUnavailable(queryFailed)).toBe(true);
    expect(isUnavailable(new Error('could not save', { cause: withCode('connect ECONNREFUSED', 'ECONNREFUSED') }))).toBe(true);
  });

  it('takes the Postgres and Redis clients’ words for a lost connection, and a retriable KafkaJS error, for unavailable', () => {
    expect(isUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isUnavailable(new Error('Connection is closed.'))).toBe(true);
    expect(isUnavailable(Object.assign(new Error('Connection error'), { name: 'KafkaJSConnectionError', retriable: true }))).toBe(true);
    expect(isUnavailable(Object.assign(new Error('Not authorized'), { name: 'KafkaJSProtocolError', retriable: false }))).toBe(false);
  });

  it('does not take a failure of the work itself for unavailable', () => {
    expect(isUnavailable(new Error('cannot read properties of undefined'))).toBe(false);
    expect(isUnavailable(withCode('duplicate key value violates unique constraint', '23505'))).toBe(false);
    expect(isUnavailable(new NonRetriableError('no such agency'))).toBe(false);
    expect(isUnavailable('a string')).toBe(false);
  });
});

describe('failureKind', () => {
  const now = Date.parse('2026-12-07T12:00:00Z');

  it('is the work itself for a failure of the work, and for a wait for another app that gave no bound or whose bound has passed', () => {
    expect(failureKind(new Error('no such agency'), now)).toBe('work');
    expect(failureKind(new WaitingForAnotherApp('inquiry i-1 is not recorded (yet)'), now)).toBe('work');
    expect(failureKind(new WaitingForAnotherApp('message m-1 is being delivered', now), now)).toBe('work');
  });

  it('tells an unavailable service and a wait for another app within the bound it gave apart from the work', () => {
    expect(failureKind(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'), now)).toBe('unavailable');
    expect(failureKind(new WaitingForAnotherApp('message m-1 is being delivered', now + 1), now)).toBe('bounded-wait');
  });
});
