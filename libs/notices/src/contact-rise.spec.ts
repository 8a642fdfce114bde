import { assessRise } from './contact-rise';

describe('assessRise', () => {
  it('calls a count far above the same window in earlier weeks a rise', () => {
    const r = assessRise(60, [10, 12, 9, 11]);
    expect(r.rising).toBe(true);
    expect(r.expected).toBe(10.5);
    expect(r.ratio).toBeCloseTo(5.71, 2);
  });

  it('does not call an ordinary busy window or a quiet category’s few a rise', () => {
    expect(assessRise(14, [10, 12, 9, 11]).rising).toBe(false);
    expect(assessRise(6, [1, 0, 2, 1]).rising).toBe(false);
    expect(assessRise(9, []).rising).toBe(false);
  });

  it('widens the band for a history that varies much', () => {
    expect(assessRise(40, [10, 10, 10, 10]).rising).toBe(true);
    expect(assessRise(40, [2, 30, 5, 25]).rising).toBe(false);
  });
});
