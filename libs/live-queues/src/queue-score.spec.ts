import { queueScore } from './queue-score';
import { DefaultWorkPolicy, resolveWorkPolicy } from './work-policy';

const at = (iso: string) => new Date(iso);

describe('queueScore', () => {
  it('puts a waiting caller before an email received a day earlier', () => {
    const call = queueScore({ channel: 'phone', receivedAt: at('2026-03-03T09:00:00Z') }, DefaultWorkPolicy);
    const email = queueScore({ channel: 'email', receivedAt: at('2026-03-02T09:00:00Z') }, DefaultWorkPolicy);
    expect(call).toBeLessThan(email);
  });

  it('lets an email close to its target pass a fresh social message', () => {
    const nearlyDue = queueScore({ channel: 'email', receivedAt: at('2026-03-01T10:00:00Z') }, DefaultWorkPolicy);
    const fresh = queueScore({ channel: 'social', receivedAt: at('2026-03-03T09:30:00Z') }, DefaultWorkPolicy);
    expect(nearlyDue).toBeLessThan(fresh);
  });

  it('uses the due time once an inquiry has one, and among equal due times the older first', () => {
    const dueAt = at('2026-03-05T08:00:00Z');
    const older = queueScore({ channel: 'email', receivedAt: at('2026-03-03T20:00:00Z'), dueAt }, DefaultWorkPolicy);
    const younger = queueScore({ channel: 'email', receivedAt: at('2026-03-03T20:00:01Z'), dueAt }, DefaultWorkPolicy);
    expect(older).toBeLessThan(younger);
    const later = queueScore(
      { channel: 'email', receivedAt: at('2026-03-03T20:00:00Z'), dueAt: at('2026-03-05T09:00:00Z') },
      DefaultWorkPolicy,
    );
    expect(younger).toBeLessThan(later);
  });

  it('is the same whenever it is computed (an inquiry put back takes its old place)', () => {
    const inquiry = { channel: 'social' as const, receivedAt: at('2026-03-03T09:00:00Z') };
    expect(queueScore(inquiry, DefaultWorkPolicy)).toBe(queueScore({ ...inquiry }, DefaultWorkPolicy));
  });
});

describe('resolveWorkPolicy', () => {
  it('lays stored documents and overrides over the defaults field by field', () => {
    const policy = resolveWorkPolicy({ channelWeightMinutes: { social: 120 } }, { queues: { 'first-line': { reservationSeconds: 2 } } });
    expect(policy.channelWeightMinutes).toEqual({ phone: 1440, social: 120, email: 0 });
    expect(policy.queues['first-line']).toMatchObject({ reservationSeconds: 2, waitLimitMinutes: 240 });
    expect(policy.queues['second-line'].reservationSeconds).toBe(120);
  });

  it('takes its default targets from the service-level defaults, in wall-clock seconds', () => {
    expect(DefaultWorkPolicy.targetSeconds).toEqual({ phone: 60, social: 4 * 3600, email: 2 * 24 * 3600 });
  });
});
