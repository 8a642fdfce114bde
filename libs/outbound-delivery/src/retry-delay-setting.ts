import { Matches } from 'class-validator';

/** The retry delays a delivery setting has unless told otherwise: 1 min, 5 min, 30 min, 2 h, then every 6 h. */
export const DefaultRetryDelaysSeconds = '60,300,1800,7200,21600';

/** A retry-delay setting: 1 to `most` comma-separated numbers of seconds (one per retry step). */
export function RetryDelaysSeconds(most: number): PropertyDecorator {
  return Matches(new RegExp(`^\\d+(\\.\\d+)?(,\\d+(\\.\\d+)?){0,${most - 1}}$`), {
    message: `$property must be 1 to ${most} comma-separated numbers of seconds`,
  });
}

/** The delays (ms) of a setting `RetryDelaysSeconds` accepted, for a `RetrySchedule`. */
export function retryDelaysMs(seconds: string): number[] {
  return seconds.split(',').map((s) => Math.round(Number(s) * 1000));
}
