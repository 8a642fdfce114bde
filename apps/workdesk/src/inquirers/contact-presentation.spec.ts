import { contactOutcome, contactSummary, senderLabel } from './contact-presentation';

describe('how a contact is shown', () => {
  const erasedAt = new Date('2026-12-01T00:00:00Z');

  it('sums a contact up by its subject, else the start of its text cut at a word, and not at all once erased', () => {
    expect(contactSummary({ subject: ' Innlogging ', bodyStart: 'Hei', personalDataErasedAt: null })).toBe('Innlogging');
    expect(contactSummary({ subject: null, bodyStart: 'Hei,\n\njeg får ikke logget inn.', personalDataErasedAt: null })).toBe(
      'Hei, jeg får ikke logget inn.',
    );
    const long = `${'ord '.repeat(40)}slutt`;
    const summary = contactSummary({ subject: '', bodyStart: long, personalDataErasedAt: null })!;
    expect(summary.length).toBeLessThanOrEqual(121);
    expect(summary).toMatch(/ord…$/);
    expect(contactSummary({ subject: 'Innlogging', bodyStart: 'Hei', personalDataErasedAt: erasedAt })).toBeNull();
  });

  it('says how a contact ended from its status', () => {
    expect(contactOutcome('resolved')).toBe('resolved');
    expect(contactOutcome('forwarded')).toBe('forwarded');
    for (const status of ['queued', 'claimed', 'in-thread', 'forward-pending']) expect(contactOutcome(status)).toBe('open');
  });

  it('names the sender by name and address, number or account, and not at all once erased', () => {
    expect(senderLabel({ name: 'Kari Nordmann', email: 'kari@example.no' }, null)).toBe('Kari Nordmann <kari@example.no>');
    expect(senderLabel({ phone: '+47 905 50 123' }, null)).toBe('+47 905 50 123');
    expect(senderLabel({ handle: 'kari_n', network: 'facebook' }, null)).toBe('@kari_n (facebook)');
    expect(senderLabel({}, null)).toBeNull();
    expect(senderLabel({ name: 'Kari Nordmann', email: 'kari@example.no' }, erasedAt)).toBeNull();
  });
});
