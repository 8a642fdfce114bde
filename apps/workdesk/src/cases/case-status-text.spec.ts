import { caseStatusNotice } from './case-status-text';

describe('caseStatusNotice', () => {
  it('names the case and type and says what the status means, in bokmål', () => {
    const n = caseStatusNotice({ id: 'SD-00012', type: 'feil' }, 'waiting-reporter', 'nb', { note: 'Send oss feilkoden.' });
    expect(n.subject).toBe('Saken din SD-00012 (feilmelding)');
    expect(n.body).toContain('Vi trenger mer informasjon fra deg');
    expect(n.body).toContain('Melding fra servicedesken:\nSend oss feilkoden.');
  });

  it('writes nynorsk and English, and says when a reply reopened the case', () => {
    expect(caseStatusNotice({ id: 'SD-00012', type: 'bestilling' }, 'resolved', 'nn').body).toContain('Saka di er løyst.');
    const en = caseStatusNotice({ id: 'SD-00012', type: 'support' }, 'in-progress', 'en', { reopenedByReply: true });
    expect(en.subject).toBe('Your case SD-00012 (support request)');
    expect(en.body).toContain('We have received your reply and reopened the case. We are working on your case.');
  });

  it('leaves out an empty note', () => {
    expect(caseStatusNotice({ id: 'SD-00012', type: 'support' }, 'closed', 'nb', { note: '  ' }).body).not.toContain('Melding fra');
  });
});
