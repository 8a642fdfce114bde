import {
  incidentMessageId,
  incidentNoticeText,
  incidentResolutionText,
  incidentsForCallers,
  incidentsSpoken,
  noticeUrl,
} from './incident-messages';
import type { Notice } from './notice';
import { aNotice } from './testing/notice-fixtures';

const incident = (over: Partial<Notice>): Notice =>
  aNotice({
    id: 'DRIFT-00007',
    title: { nb: 'Feil ved innlogging med BankID', nn: 'Feil ved innlogging med BankID', en: 'Login with BankID fails' },
    ...over,
  });

describe('incident messages', () => {
  it('points at the notice on the status page', () => {
    expect(noticeUrl('https://status.example/status', 'DRIFT-00007')).toBe('https://status.example/status#DRIFT-00007');
    expect(noticeUrl('https://status.example/status#old', 'DRIFT-00007')).toBe('https://status.example/status#DRIFT-00007');
  });

  it('tells the inquirer in their language that the problem is known, its title and where to follow it', () => {
    const url = 'http://127.0.0.1:3000/status';
    expect(incidentNoticeText(incident({}), 'nb', url)).toMatch(
      /^Takk for henvendelsen\. Vi kjenner til problemet .*«Feil ved innlogging med BankID».*http:\/\/127\.0\.0\.1:3000\/status#DRIFT-00007/s,
    );
    expect(incidentNoticeText(incident({}), 'nn', url)).toContain('Vi kjenner til problemet du skriv om');
    expect(incidentNoticeText(incident({}), 'en', url)).toContain('"Login with BankID fails"');
    // No English title written: the bokmål one, in an English sentence.
    expect(incidentNoticeText(incident({ title: { nb: 'Treg innboks' } }), 'en', url)).toContain('"Treg innboks"');
  });

  it('gives the resolution text in the inquirer’s language, bokmål where none was written', () => {
    expect(incidentResolutionText({ nb: 'Løst.', en: ' Solved. ' }, 'en')).toBe('Solved.');
    expect(incidentResolutionText({ nb: 'Løst.' }, 'nn')).toBe('Løst.');
  });

  it('tells callers of at most two incidents in force for end users in production, newest first', () => {
    const at = new Date('2026-12-07T10:00:00Z');
    const older = incident({ id: 'A', startsAt: new Date('2026-12-07T07:00:00Z') });
    const newer = incident({ id: 'B', startsAt: new Date('2026-12-07T09:00:00Z') });
    const newest = incident({ id: 'C', startsAt: new Date('2026-12-07T09:30:00Z') });
    const vendorsOnly = incident({ id: 'D', audiences: ['vendors'] });
    const testOnly = incident({ id: 'E', environments: ['test'] });
    const ended = incident({ id: 'F', status: 'resolved', endedAt: new Date('2026-12-07T09:45:00Z') });
    const ahead = incident({ id: 'G', startsAt: new Date('2026-12-07T11:00:00Z') });
    const maintenance = incident({ id: 'H', kind: 'maintenance', status: 'in-progress' });
    expect(incidentsForCallers([older, newer, newest, vendorsOnly, testOnly, ended, ahead, maintenance], at).map((n) => n.id)).toEqual([
      'C',
      'B',
    ]);
  });

  it('says the known incidents before the menu, or nothing', () => {
    expect(incidentsSpoken([])).toBe('');
    expect(incidentsSpoken(['Feil ved innlogging.'])).toBe(
      'Vi kjenner til et problem i portalen: Feil ved innlogging. Du kan følge med på driftsmeldingene på statussiden.',
    );
    expect(incidentsSpoken(['Feil ved innlogging', 'Treg innboks'])).toBe(
      'Vi kjenner til problemer i portalen: Feil ved innlogging. Og: Treg innboks. Du kan følge med på driftsmeldingene på statussiden.',
    );
  });

  it('names each message by inquiry, incident and purpose, the same every time', () => {
    const id = incidentMessageId('incident-notice', 'em-1', 'DRIFT-00007');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(incidentMessageId('incident-notice', 'em-1', 'DRIFT-00007')).toBe(id);
    expect(incidentMessageId('incident-resolution', 'em-1', 'DRIFT-00007')).not.toBe(id);
    expect(incidentMessageId('incident-notice', 'em-2', 'DRIFT-00007')).not.toBe(id);
  });
});
