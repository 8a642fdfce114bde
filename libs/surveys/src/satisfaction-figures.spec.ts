import { figuresOf, ResolvedInquiryFacts, satisfactionBy } from './satisfaction-figures';

const inquiry = (overrides: Partial<ResolvedInquiryFacts>): ResolvedInquiryFacts => ({
  queue: 'first-line',
  channel: 'email',
  category: 'login',
  adviser: 'kari',
  waitSeconds: 60,
  surveySent: true,
  score: null,
  ...overrides,
});

describe('satisfaction figures', () => {
  it('averages the answers, counts the response rate of surveys sent and the wait until accepted', () => {
    const figures = figuresOf(null, [
      inquiry({ score: 5, waitSeconds: 30 }),
      inquiry({ score: 2, waitSeconds: 90 }),
      inquiry({ score: null, waitSeconds: 600 }),
      inquiry({ surveySent: false, waitSeconds: null }),
    ]);
    expect(figures).toEqual({
      key: null,
      resolved: 4,
      surveysSent: 3,
      answers: 2,
      averageScore: 3.5,
      responseRate: 0.667,
      medianWaitSeconds: 90,
      averageWaitSeconds: 240,
    });
  });

  it('has no score, rate or wait where there is nothing to count', () => {
    expect(figuresOf('second-line', [inquiry({ surveySent: false, waitSeconds: null })])).toMatchObject({
      averageScore: null,
      responseRate: null,
      medianWaitSeconds: null,
      averageWaitSeconds: null,
    });
  });

  it('takes the median of an even count as the mean of the middle two', () => {
    expect(
      figuresOf(
        null,
        [10, 20, 40, 1000].map((waitSeconds) => inquiry({ waitSeconds })),
      ).medianWaitSeconds,
    ).toBe(30);
  });

  it('groups by the dimension asked for, the busiest first', () => {
    const rows = satisfactionBy('queue', [
      inquiry({ queue: 'second-line', score: 1 }),
      inquiry({ queue: 'first-line', score: 5 }),
      inquiry({ queue: 'first-line', score: 4 }),
    ]);
    expect(rows.map((r) => [r.key, r.resolved, r.averageScore])).toEqual([
      ['first-line', 2, 4.5],
      ['second-line', 1, 1],
    ]);
    expect(satisfactionBy('adviser', [inquiry({ adviser: null })]).map((r) => r.key)).toEqual([null]);
  });
});
