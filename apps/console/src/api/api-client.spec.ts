import { describe, expect, it } from 'vitest';
import { messageOf } from './api-client';

describe('messageOf', () => {
  it('reads the message of a problem document, one or several', () => {
    expect(
      messageOf({
        type: 'urn:inquiry-router:problem:conflict',
        title: 'Conflict',
        status: 409,
        detail: 'you are at capacity',
        message: 'you are at capacity',
      }),
    ).toBe('you are at capacity');
    expect(
      messageOf({
        title: 'Bad Request',
        status: 400,
        detail: 'the draft has 2 problem(s)',
        message: ['agencies.skd.code: is taken', 'confidenceThreshold: must be at most 1'],
        problems: [
          { path: 'agencies.skd.code', message: 'is taken' },
          { path: 'confidenceThreshold', message: 'must be at most 1' },
        ],
      }),
    ).toBe('agencies.skd.code: is taken; confidenceThreshold: must be at most 1');
  });

  it('falls back on detail, then on the problems, then on a text body', () => {
    expect(messageOf({ title: 'Not Found', status: 404, detail: 'no inquiry x' })).toBe('no inquiry x');
    expect(messageOf({ problems: [{ path: '', message: 'the policy must be a JSON object' }, 'a plain reason'] })).toBe(
      'the policy must be a JSON object; a plain reason',
    );
    expect(messageOf('Bad Gateway')).toBe('Bad Gateway');
    expect(messageOf({})).toBeUndefined();
  });
});
