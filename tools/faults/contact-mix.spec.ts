import { contactKey, contactKeyPattern, plannedContact } from './contact-mix';

describe('the contacts a fault run sends', () => {
  it('carries its own marker in its text, which the pattern finds whole (not a prefix of a longer one)', () => {
    const contact = plannedContact('0a1b2c', 123);
    expect(contact.key).toBe(contactKey('0a1b2c', 123));
    expect(contact.text).toContain(contact.key);
    expect(contact.text.toLowerCase().match(new RegExp(contactKeyPattern))?.[0]).toBe('fh0a1b2cx123');
  });

  it('goes through every entrance in the set mix: 8 mails, 4 calls, 5 social messages and 3 intake posts in every 20', () => {
    const counts: Record<string, number> = {};
    for (let n = 0; n < 200; n++) counts[plannedContact('0a1b2c', n).entrance] = (counts[plannedContact('0a1b2c', n).entrance] ?? 0) + 1;
    expect(counts).toEqual({ email: 80, phone: 40, social: 50, intake: 30 });
  });

  it('is the same contact when planned again (a retry is the same contact)', () => {
    expect(plannedContact('0a1b2c', 7)).toEqual(plannedContact('0a1b2c', 7));
  });
});
