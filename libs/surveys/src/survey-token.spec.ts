import { readSurveyToken, surveyToken, surveyTokenHash } from './survey-token';

const secret = 'a-survey-token-secret-of-at-least-thirty-two-chars';
const id = '0b9f6a0e-3c1d-4f5e-8a7b-2c3d4e5f6a7b';
const now = new Date('2026-03-02T10:00:00Z');
const inTwoWeeks = new Date('2026-03-16T10:00:00Z');

describe('survey tokens', () => {
  it('reads back the survey and expiry of a token it made', () => {
    const token = surveyToken(secret, id, inTwoWeeks);
    expect(readSurveyToken(secret, token, now)).toEqual({ valid: true, surveyId: id, expiresAt: inTwoWeeks });
  });

  it('refuses a token once expired', () => {
    expect(readSurveyToken(secret, surveyToken(secret, id, inTwoWeeks), inTwoWeeks)).toEqual({ valid: false, why: 'expired' });
  });

  it('refuses a token of another secret, another survey or a later expiry as forged', () => {
    const token = surveyToken(secret, id, inTwoWeeks);
    const [, expires, mac] = token.split('.');
    expect(readSurveyToken('another-secret-of-thirty-two-characters!!', token, now)).toEqual({ valid: false, why: 'forged' });
    expect(readSurveyToken(secret, `1b9f6a0e-3c1d-4f5e-8a7b-2c3d4e5f6a7b.${expires}.${mac}`, now)).toEqual({ valid: false, why: 'forged' });
    expect(readSurveyToken(secret, `${id}.${(parseInt(expires, 36) + 86_400).toString(36)}.${mac}`, now)).toEqual({
      valid: false,
      why: 'forged',
    });
  });

  it('refuses anything not shaped as a token before checking it', () => {
    for (const token of ['', 'x', `${id}..`, "' OR 1=1 --", `${id}.zz.${'a'.repeat(42)}`])
      expect(readSurveyToken(secret, token, now)).toEqual({ valid: false, why: 'malformed' });
  });

  it('stores a hash that differs from the token and is the same for the same token', () => {
    const token = surveyToken(secret, id, inTwoWeeks);
    expect(surveyTokenHash(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(surveyTokenHash(token)).toBe(surveyTokenHash(token));
    expect(surveyTokenHash(token)).not.toContain(token);
  });
});
