import { findReference, inquiryIdFor, socialMessageId } from './inquiry-reference';

describe('inquiryIdFor', () => {
  it('is the same for the same provider message, and differs by channel and message', () => {
    const id = inquiryIdFor('email', '<abc@mail.example>');
    expect(id).toMatch(/^IR-[A-Z2-9]{12}$/);
    expect(inquiryIdFor('email', '<abc@mail.example>')).toBe(id);
    expect(inquiryIdFor('phone', '<abc@mail.example>')).not.toBe(id);
    expect(inquiryIdFor('email', '<abd@mail.example>')).not.toBe(id);
  });
});

describe('findReference', () => {
  it('finds a quoted reference in a subject, whatever its case', () => {
    const id = inquiryIdFor('email', 'x');
    expect(findReference(`SV: Innlogging [${id}]`)).toBe(id);
    expect(findReference(`re: ${id.toLowerCase()} takk`)).toBe(id);
  });

  it('finds nothing in ordinary text or in references of other shapes', () => {
    expect(findReference('Referanse AR-2231904 og RF-1086')).toBeNull();
    expect(findReference(undefined)).toBeNull();
  });
});

describe('socialMessageId', () => {
  it("keys X's event ids apart from Meta's mids, which stand as they are", () => {
    expect(socialMessageId('x', '1234567890')).toBe('x:1234567890');
    expect(socialMessageId('facebook', 'm_abc')).toBe('m_abc');
    expect(socialMessageId('instagram', 'm_abc')).toBe('m_abc');
    expect(inquiryIdFor('social', socialMessageId('x', '1'))).not.toBe(inquiryIdFor('social', socialMessageId('facebook', '1')));
  });
});
