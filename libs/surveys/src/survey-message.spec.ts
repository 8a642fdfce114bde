import { surveyMessage } from './survey-message';

const survey = {
  reference: 'IR-ABCDEFGHJKLM',
  link: 'https://brukerservice.example/survey?token=t',
  expiresAt: new Date('2026-03-16T10:00:00Z'),
  zone: 'Europe/Oslo',
};

describe('surveyMessage', () => {
  it('asks in the inquirer’s language, with the link, the reference and when the link expires', () => {
    const nb = surveyMessage('nb', survey);
    expect(nb.subject).toBe('Hvor fornøyd er du med hjelpen?');
    expect(nb.body).toContain('Henvendelsen din (IR-ABCDEFGHJKLM) er besvart');
    expect(nb.body).toContain(survey.link);
    expect(nb.body).toContain('16. mars 2026');
    expect(surveyMessage('nn', survey).body).toContain('Kor nøgd er du');
    expect(surveyMessage('en', survey).body).toContain('16 March 2026');
  });
});
