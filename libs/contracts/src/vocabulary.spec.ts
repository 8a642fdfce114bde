import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  agencyOfTarget,
  agencyTarget,
  CaseIdPattern,
  CaseIdSource,
  InquiryReferenceSource,
  isAgencyTarget,
  isEndingNoticeStatus,
  InquirySearcherRoles,
  isLanguage,
  isQueueName,
  isQueueTarget,
  isRole,
  isTechnicalCategory,
  languageOrBokmal,
  LocalTimePattern,
  minutesOfLocalTime,
  nextNoticeStatuses,
  QueueNames,
  TargetPattern,
} from './vocabulary';

describe('the contracts vocabulary', () => {
  it('imports nothing, so the console can use it without class-validator in the browser', () => {
    const source = readFileSync(join(__dirname, 'vocabulary.ts'), 'utf8');
    expect(source).not.toMatch(/^\s*(import|export\s+(\*|\{[^}]*\})\s+from)\b/m);
    expect(source).not.toMatch(/\brequire\(/);
  });

  it('tells queues from agencies in a routing target', () => {
    expect(isQueueTarget('second-line')).toBe(true);
    expect(isQueueTarget('agency:nav')).toBe(false);
    expect(agencyOfTarget('agency:nav')).toBe('nav');
    expect(agencyOfTarget('servicedesk')).toBeNull();
    expect(TargetPattern.test('agency:nav')).toBe(true);
    expect(TargetPattern.test('agency:')).toBe(false);
    expect(QueueNames.every((queue) => TargetPattern.test(queue))).toBe(true);
    expect(
      ['agency:x', `agency:${'a'.repeat(21)}`, 'agency:NAV', 'first-lines', 'xservicedesk', 'agency:nav '].some((t) =>
        TargetPattern.test(t),
      ),
    ).toBe(false);
  });

  it('knows the languages it writes in, and writes in bokmål to someone whose language is none of them', () => {
    expect(['nb', 'nn', 'en'].every(isLanguage)).toBe(true);
    expect([null, undefined, '', 'sv', 'NB'].some(isLanguage)).toBe(false);
    expect(languageOrBokmal('nn')).toBe('nn');
    expect(languageOrBokmal('en')).toBe('en');
    expect(languageOrBokmal('sv')).toBe('nb');
    expect(languageOrBokmal(null)).toBe('nb');
  });

  it('builds agency targets and tells them from queues', () => {
    expect(agencyTarget('nav')).toBe('agency:nav');
    expect(TargetPattern.test(agencyTarget('skd'))).toBe(true);
    expect(isAgencyTarget('agency:nav')).toBe(true);
    expect(isAgencyTarget('first-line')).toBe(false);
    expect(['first-line', 'second-line', 'servicedesk'].every(isQueueName)).toBe(true);
    expect(['agency:nav', 'agency', '', null, undefined].some(isQueueName)).toBe(false);
  });

  it('knows roles and technical categories, and nothing else', () => {
    expect(isRole('supervisor')).toBe(true);
    expect([undefined, 42, 'root', 'Admin'].some(isRole)).toBe(false);
    expect(isTechnicalCategory('login')).toBe(true);
    expect([null, '', 'nav', 'LOGIN'].some(isTechnicalCategory)).toBe(false);
  });

  it('takes times of day from 00:00 to 23:59, and 24:00 as the end of a day, but not 24:30', () => {
    expect(['00:00', '08:30', '23:59', '24:00'].every((t) => LocalTimePattern.test(t))).toBe(true);
    expect(['24:30', '24:01', '25:00', '8:00', '08:60', '08:00:00'].some((t) => LocalTimePattern.test(t))).toBe(false);
    expect(minutesOfLocalTime('00:00')).toBe(0);
    expect(minutesOfLocalTime('15:30')).toBe(930);
    expect(minutesOfLocalTime('24:00')).toBe(1440);
  });

  it('names inquiry references and case ids once, for any anchors', () => {
    const reference = new RegExp(`\\b${InquiryReferenceSource}\\b`, 'g');
    expect('see IR-ABCDEFGH2345 and IR-ABCDEFGH2340'.match(reference)).toEqual(['IR-ABCDEFGH2345']);
    expect(new RegExp(`^${InquiryReferenceSource}$`).test('IR-ABCDEFGHIJKL')).toBe(false); // no I
    expect(CaseIdPattern.test('SD-12345')).toBe(true);
    expect(CaseIdPattern.test('SD-1234')).toBe(false);
    expect('SD-123456, SD-12'.match(new RegExp(`\\b${CaseIdSource}\\b`, 'g'))).toEqual(['SD-123456']);
  });

  it('lets a notice move on until a status ends it', () => {
    expect((['resolved', 'completed', 'cancelled'] as const).every(isEndingNoticeStatus)).toBe(true);
    expect(isEndingNoticeStatus('monitoring')).toBe(false);
    expect(nextNoticeStatuses('incident', 'monitoring')).toEqual(['investigating', 'identified', 'monitoring', 'resolved']);
    expect(nextNoticeStatuses('maintenance', 'scheduled')).toEqual(['scheduled', 'in-progress', 'completed', 'cancelled']);
    expect(nextNoticeStatuses('maintenance', 'in-progress')).toEqual(['in-progress', 'completed']);
    expect(nextNoticeStatuses('incident', 'resolved')).toEqual([]);
  });

  it('lets agency users search inquiries beside advisers and supervisors', () => {
    expect(InquirySearcherRoles).toEqual(['adviser', 'supervisor', 'agency']);
  });
});
