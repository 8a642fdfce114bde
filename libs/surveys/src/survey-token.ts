import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The public link's token: the survey id, when the link expires (Unix seconds) and an HMAC-SHA256
 * of both under the deployment's secret (`SURVEY_TOKEN_SECRET`). Nobody without the secret makes
 * one, and one made for a survey answers no other; only its SHA-256 is stored.
 */
export function surveyToken(secret: string, surveyId: string, expiresAt: Date): string {
  const expires = Math.floor(expiresAt.getTime() / 1000).toString(36);
  return `${surveyId}.${expires}.${mac(secret, surveyId, expires)}`;
}

export type ReadSurveyToken =
  { valid: true; surveyId: string; expiresAt: Date } | { valid: false; why: 'malformed' | 'forged' | 'expired' };

/** The shape of a token `surveyToken` makes; anything else is refused before it is looked at. */
export const SurveyTokenPattern = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([0-9a-z]{1,10})\.([A-Za-z0-9_-]{43})$/;

/** Checks a token's signature and expiry (the stored hash is checked too, by whoever looks the survey up). */
export function readSurveyToken(secret: string, token: string, now: Date): ReadSurveyToken {
  const parts = SurveyTokenPattern.exec(token);
  if (!parts) return { valid: false, why: 'malformed' };
  const [, surveyId, expires, signature] = parts;
  const expected = Buffer.from(mac(secret, surveyId, expires));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { valid: false, why: 'forged' };
  const expiresAt = new Date(parseInt(expires, 36) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { valid: false, why: 'expired' };
  return { valid: true, surveyId, expiresAt };
}

/** What is stored of a token: its SHA-256, hex. */
export function surveyTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function mac(secret: string, surveyId: string, expires: string): string {
  if (secret.length < 16) throw new Error('the survey token secret must be at least 16 characters');
  return createHmac('sha256', secret).update(`satisfaction-survey:${surveyId}:${expires}`).digest('base64url');
}
