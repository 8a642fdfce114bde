import { forwardedNotice } from './forwarded-notice';

describe('forwardedNotice', () => {
  it('names the agency and the reason in bokmål, nynorsk and English', () => {
    const nb = forwardedNotice('nb', 'Skatteetaten', 'inq-1');
    expect(nb.subject).toBe('Spørsmålet ditt er sendt videre til Skatteetaten [inq-1]');
    expect(nb.body).toContain('Spørsmålet gjelder fagområdet eller tjenestene til Skatteetaten');

    const nn = forwardedNotice('nn', 'NAV', 'inq-2');
    expect(nn.subject).toBe('Spørsmålet ditt er sendt vidare til NAV [inq-2]');
    expect(nn.body).toContain('Spørsmålet gjeld fagområdet eller tenestene til NAV');
    expect(nn.body).not.toContain('videre');

    const en = forwardedNotice('en', 'Statistics Norway', 'inq-3');
    expect(en.subject).toBe('Your question has been passed on to Statistics Norway [inq-3]');
    expect(en.body).toContain("It concerns Statistics Norway's own subject matter or services");
  });
});
