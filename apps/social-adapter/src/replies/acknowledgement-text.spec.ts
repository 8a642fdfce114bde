import { acknowledgementText } from './acknowledgement-text';

describe('acknowledgementText', () => {
  it('answers in bokmål with the reference number and the promise', () => {
    const text = acknowledgementText('IR-ABCDEFGHJKLM', 'Hei, jeg får ikke logget inn');
    expect(text).toContain('IR-ABCDEFGHJKLM');
    expect(text).toContain('Vi svarer deg innen 4 timer i åpningstiden');
  });

  it('answers in English when the person wrote English', () => {
    expect(acknowledgementText('IR-ABCDEFGHJKLM', 'Hello, I cannot log in to the portal. What should I do?')).toBe(
      'Thank you for your message. Your reference number is IR-ABCDEFGHJKLM. We will answer within 4 opening hours.',
    );
  });
});
