import { acknowledgementText } from './acknowledgement-text';

describe('email acknowledgementText', () => {
  // Received on Maundy Thursday 2026: due Wednesday 8 April 15:30, after the Easter holidays.
  const expected = { by: new Date('2026-04-08T13:30:00Z'), target: { within: 2, unit: 'working-days' as const }, zone: 'Europe/Oslo' };

  it('says in bokmål, nynorsk and English when the answer can be expected', () => {
    expect(acknowledgementText('IR-X', 'nb', expected).text).toContain(
      'Du får svar innen to virkedager, senest onsdag 8. april kl. 15:30.',
    );
    expect(acknowledgementText('IR-X', 'nn', expected).text).toContain(
      'Du får svar innan to arbeidsdagar, seinast onsdag 8. april kl. 15:30.',
    );
    expect(acknowledgementText('IR-X', 'en', expected).text).toContain(
      'You will get an answer within two working days, by Wednesday 8 April at 15:30 (Norwegian time).',
    );
    expect(acknowledgementText('IR-X', 'en', expected).subject).toBe('We have received your inquiry [IR-X]');
  });

  it('promises the default email target when no due time could be computed', () => {
    expect(acknowledgementText('IR-X', 'nb').text).toContain('\nDu får svar innen to virkedager.\n');
    expect(acknowledgementText('IR-X', 'nn').text).toContain('\nDu får svar innan to arbeidsdagar.\n');
    expect(acknowledgementText('IR-X', 'en').text).toContain('\nYou will get an answer within two working days.\n');
  });

  it('names another target as it is set', () => {
    expect(acknowledgementText('IR-X', 'nb', { ...expected, target: { within: 1, unit: 'working-days' } }).text).toContain(
      'innen én virkedag, senest',
    );
  });
});
