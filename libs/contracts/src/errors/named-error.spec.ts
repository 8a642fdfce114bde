import { DomainError } from './domain-error';
import { NamedError } from './named-error';

class ReadFailed extends NamedError {}
class ReadTimedOut extends ReadFailed {}
class OrderConflict extends DomainError {
  constructor() {
    super('conflict', 'the order changed meanwhile');
  }
}

describe('NamedError', () => {
  it('is named after the class it was made as, also below a subclass', () => {
    expect(new ReadFailed('no file').name).toBe('ReadFailed');
    expect(new ReadTimedOut('after 5 s').name).toBe('ReadTimedOut');
    expect(String(new ReadTimedOut('after 5 s'))).toBe('ReadTimedOut: after 5 s');
    expect(new OrderConflict().name).toBe('OrderConflict');
  });

  it('keeps its message and cause, and stays an Error', () => {
    const cause = new Error('disk gone');
    const error = new ReadFailed('no file', { cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('no file');
    expect(error.cause).toBe(cause);
  });
});
