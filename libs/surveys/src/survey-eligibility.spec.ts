import { decideSurvey, SurveyFacts } from './survey-eligibility';

const now = new Date('2026-03-02T10:00:00Z');
const facts = (overrides: Partial<SurveyFacts> = {}): SurveyFacts => ({
  channel: 'email',
  sender: { name: 'Kari Nordmann', email: 'kari@example.no' },
  alreadyAsked: false,
  lastAskedAt: null,
  now,
  quietDays: 30,
  ...overrides,
});
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe('decideSurvey', () => {
  it('asks a person writing by email or social media who was not asked before', () => {
    expect(decideSurvey(facts())).toEqual({ send: true });
    expect(decideSurvey(facts({ channel: 'social', sender: { handle: '@kari', network: 'x' } }))).toEqual({ send: true });
  });

  it('asks once per conversation', () => {
    expect(decideSurvey(facts({ alreadyAsked: true }))).toEqual({ send: false, reason: 'already-asked' });
  });

  it('never asks a no-reply or daemon address', () => {
    for (const email of ['noreply@skatteetaten.example', 'no-reply@portal.example', 'MAILER-DAEMON@mx.example', 'donotreply@x.example'])
      expect(decideSurvey(facts({ sender: { email } }))).toEqual({ send: false, reason: 'automatic-sender' });
  });

  it('does not ask the same person again within the quiet period, and does after it', () => {
    expect(decideSurvey(facts({ lastAskedAt: daysAgo(29.9) }))).toEqual({ send: false, reason: 'asked-recently' });
    expect(decideSurvey(facts({ lastAskedAt: daysAgo(30) }))).toEqual({ send: true });
  });

  it('does not ask by phone, which has no written channel, nor anyone without an address', () => {
    expect(decideSurvey(facts({ channel: 'phone', sender: { phone: '+4791234567' } }))).toEqual({
      send: false,
      reason: 'no-written-channel',
    });
    expect(decideSurvey(facts({ sender: { name: 'Nobody' } }))).toEqual({ send: false, reason: 'no-address' });
    expect(decideSurvey(facts({ channel: 'social', sender: { handle: '@kari' } }))).toEqual({ send: false, reason: 'no-address' });
  });

  it('gives the first reason that applies', () => {
    expect(decideSurvey(facts({ alreadyAsked: true, sender: { email: 'noreply@x.example' }, lastAskedAt: daysAgo(1) }))).toEqual({
      send: false,
      reason: 'already-asked',
    });
    expect(decideSurvey(facts({ sender: { email: 'noreply@x.example' }, lastAskedAt: daysAgo(1) }))).toEqual({
      send: false,
      reason: 'automatic-sender',
    });
  });
});
