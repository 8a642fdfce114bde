import { validateSync } from 'class-validator';
import { DefaultRetryDelaysSeconds, RetryDelaysSeconds, retryDelaysMs } from './retry-delay-setting';

class Settings {
  @RetryDelaysSeconds(3) DELAYS = DefaultRetryDelaysSeconds;
}

const problems = (value: string) =>
  validateSync(Object.assign(new Settings(), { DELAYS: value })).flatMap((e) => Object.values(e.constraints ?? {}));

describe('retry-delay settings', () => {
  it('turns comma-separated seconds into rounded milliseconds', () => {
    expect(retryDelaysMs(DefaultRetryDelaysSeconds)).toEqual([60_000, 300_000, 1_800_000, 7_200_000, 21_600_000]);
    expect(retryDelaysMs('0.5,1.0004')).toEqual([500, 1000]);
  });

  it('accepts 1 to the given number of delays, and names the setting otherwise', () => {
    expect(problems('1')).toEqual([]);
    expect(problems('1,2.5,3')).toEqual([]);
    expect(problems('1,2,3,4')).toEqual(['DELAYS must be 1 to 3 comma-separated numbers of seconds']);
    expect(problems('1,,2')).toHaveLength(1);
    expect(problems('')).toHaveLength(1);
  });
});
