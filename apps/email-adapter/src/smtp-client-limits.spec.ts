import { SmtpClientLimits } from './smtp-client-limits';

describe('SmtpClientLimits', () => {
  function limitsAt(start = 0) {
    const clock = { now: start };
    const limits = new SmtpClientLimits({ connectionsPerClient: 2, messagesPerMinute: 3 }, () => clock.now);
    return { limits, clock };
  }

  it('counts connections per address and frees a slot when one closes', () => {
    const { limits } = limitsAt();
    expect(limits.connect('s1', '10.0.0.1')).toBe(true);
    expect(limits.connect('s2', '10.0.0.1')).toBe(true);
    expect(limits.connect('s3', '10.0.0.1')).toBe(false);
    expect(limits.connect('s4', '10.0.0.2')).toBe(true);
    limits.disconnect('s1');
    expect(limits.connect('s5', '10.0.0.1')).toBe(true);
  });

  it('ignores the close of a connection it refused', () => {
    const { limits } = limitsAt();
    limits.connect('s1', '10.0.0.1');
    limits.connect('s2', '10.0.0.1');
    expect(limits.connect('s3', '10.0.0.1')).toBe(false);
    limits.disconnect('s3');
    expect(limits.connect('s4', '10.0.0.1')).toBe(false);
  });

  it("lets a minute's messages through at once, then one per share of the minute", () => {
    const { limits, clock } = limitsAt(1_000);
    expect([1, 2, 3, 4].map(() => limits.takeMessage('10.0.0.1'))).toEqual([true, true, true, false]);
    expect(limits.takeMessage('10.0.0.2')).toBe(true);
    clock.now += 19_000;
    expect(limits.takeMessage('10.0.0.1')).toBe(false);
    clock.now += 1_000;
    expect(limits.takeMessage('10.0.0.1')).toBe(true);
    expect(limits.takeMessage('10.0.0.1')).toBe(false);
  });

  it('is full again after a quiet minute, also once the address was forgotten', () => {
    const { limits, clock } = limitsAt();
    [1, 2, 3].forEach(() => limits.takeMessage('10.0.0.1'));
    clock.now += 120_000;
    expect(limits.takeMessage('10.0.0.2')).toBe(true); // sweeps the quiet address
    expect([1, 2, 3, 4].map(() => limits.takeMessage('10.0.0.1'))).toEqual([true, true, true, false]);
  });
});
