import { incidentWords, matchIncident, type InquiryFacts } from './incident-match';
import { aNotice } from './testing/notice-fixtures';

const components = [
  { code: 'login', names: { nb: 'Innlogging' }, categories: ['login'] },
  { code: 'forms', names: { nb: 'Skjema' }, categories: ['form-filling', 'submission'] },
];
const incident = aNotice({
  id: 'DRIFT-00007',
  title: { nb: 'Feil ved innlogging med BankID', en: 'Login with BankID fails' },
  keywords: ['minid'],
});
const inquiry = (over: Partial<InquiryFacts>): InquiryFacts => ({
  category: 'login',
  channel: 'email',
  text: 'Jeg får ikke logget inn med BankID i dag',
  receivedAt: new Date('2026-12-07T09:00:00Z'),
  ...over,
});

describe('matchIncident', () => {
  it('takes the telling words of the title in every language and the keywords, not the common ones', () => {
    expect(incidentWords(incident)).toEqual(['minid', 'innlogging', 'bankid', 'login', 'fails']);
  });

  it('links an inquiry in an affected category that has a word of the incident, and says why', () => {
    expect(matchIncident(inquiry({}), [incident], components)).toEqual({
      noticeId: 'DRIFT-00007',
      explanation: [
        'linked to incident DRIFT-00007 "Feil ved innlogging med BankID"',
        'category login is caused by the affected login',
        'its text has the incident\'s words "bankid"',
        'received during the incident (in force since 07.12. 09:00)',
      ],
      explanationCodes: [
        { code: 'incident-linked', params: { noticeId: 'DRIFT-00007', title: 'Feil ved innlogging med BankID' } },
        { code: 'incident-category', params: { category: 'login', components: 'login' } },
        { code: 'incident-words', params: { words: '"bankid"' } },
        { code: 'incident-in-force', params: { startsAt: incident.startsAt.toISOString() } },
      ],
    });
  });

  it('links a call on the category alone, an email only with a word of the incident too', () => {
    expect(matchIncident(inquiry({ channel: 'phone', text: 'Menyvalg 1' }), [incident], components)?.noticeId).toBe('DRIFT-00007');
    expect(matchIncident(inquiry({ text: 'Hvordan bytter jeg passord?' }), [incident], components)).toBeNull();
  });

  it('links another category on two of the incident’s words, matching inflected forms', () => {
    const m = matchIncident(
      inquiry({ category: 'submission', text: 'Innloggingen med minid stopper innsendingen' }),
      [incident],
      components,
    );
    expect(m?.explanation[1]).toBe('its text has the incident\'s words "minid", "innlogging"');
  });

  it('links nothing received before the incident started or after it ended, and never to maintenance', () => {
    expect(matchIncident(inquiry({ receivedAt: new Date('2026-12-07T07:00:00Z') }), [incident], components)).toBeNull();
    const ended = { ...incident, status: 'resolved' as const, endedAt: new Date('2026-12-07T08:30:00Z') };
    expect(matchIncident(inquiry({}), [ended], components)).toBeNull();
    expect(matchIncident(inquiry({}), [{ ...incident, kind: 'maintenance', status: 'in-progress' }], components)).toBeNull();
  });

  it('picks the incident with most in common, then the latest', () => {
    const other = { ...incident, id: 'DRIFT-00008', title: { nb: 'Skjema lagres ikke' }, keywords: [], components: ['forms'] };
    const later = { ...incident, id: 'DRIFT-00009', startsAt: new Date('2026-12-07T08:30:00Z') };
    expect(matchIncident(inquiry({}), [incident, other, later], components)?.noticeId).toBe('DRIFT-00009');
  });
});
