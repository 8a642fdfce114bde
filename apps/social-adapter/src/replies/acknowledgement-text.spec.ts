import { acknowledgementText } from './acknowledgement-text';

describe('acknowledgementText', () => {
  const expected = { by: new Date('2026-04-07T08:00:00Z'), target: { within: 4, unit: 'opening-hours' as const }, zone: 'Europe/Oslo' };

  it('answers in bokmål with the reference number, the target and when the answer is due', () => {
    expect(acknowledgementText('IR-ABCDEFGHJKLM', 'nb', expected)).toBe(
      'Takk for meldingen din. Referansenummeret ditt er IR-ABCDEFGHJKLM. Vi svarer deg innen 4 timer i åpningstiden, senest tirsdag 7. april kl. 10:00.',
    );
  });

  it('answers in nynorsk and in English when the person wrote so', () => {
    expect(acknowledgementText('IR-ABCDEFGHJKLM', 'nn', expected)).toBe(
      'Takk for meldinga di. Referansenummeret ditt er IR-ABCDEFGHJKLM. Vi svarer deg innan 4 timar i opningstida, seinast tysdag 7. april kl. 10:00.',
    );
    expect(acknowledgementText('IR-ABCDEFGHJKLM', 'en', expected)).toBe(
      'Thank you for your message. Your reference number is IR-ABCDEFGHJKLM. We will answer within 4 opening hours, by Tuesday 7 April at 10:00 (Norwegian time).',
    );
  });

  it('keeps the default promise when no due time could be computed', () => {
    expect(acknowledgementText('IR-ABCDEFGHJKLM', 'en')).toBe(
      'Thank you for your message. Your reference number is IR-ABCDEFGHJKLM. We will answer within 4 opening hours.',
    );
  });
});
