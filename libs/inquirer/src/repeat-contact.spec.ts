import { CurrentContact, EarlierContact, findRepeatContact, repeatContactReason, repeatContactReasonCode } from './repeat-contact';

const current: CurrentContact = {
  inquiryId: 'IR-NOW',
  receivedAt: new Date('2026-12-04T09:00:00Z'),
  category: 'login',
  threadId: null,
  caseId: null,
};

const earlier = (overrides: Partial<EarlierContact>): EarlierContact => ({
  inquiryId: 'IR-BEFORE',
  channel: 'email',
  receivedAt: new Date('2026-11-28T09:00:00Z'),
  threadId: 'IR-BEFORE',
  caseId: null,
  category: 'login',
  unresolved: true,
  reopened: false,
  matchedBy: ['email'],
  ...overrides,
});

describe('the repeat-contact rule', () => {
  it('finds an unresolved earlier contact on the same category within the period and names it', () => {
    const found = findRepeatContact(current, [earlier({})], 14);
    expect(found).toMatchObject({ state: 'unresolved', sameMatter: 'category', contact: { inquiryId: 'IR-BEFORE' } });
    expect(repeatContactReason(found!)).toBe(
      "Second line: the same person's earlier contact IR-BEFORE (email, 2026-11-28) about the same matter (login) is not resolved; recognised by email address.",
    );
    expect(repeatContactReasonCode(found!)).toEqual({
      code: 'repeat-contact',
      params: {
        inquiryId: 'IR-BEFORE',
        channel: 'email',
        receivedAt: found!.contact.receivedAt.toISOString(),
        sameMatter: 'category',
        category: 'login',
        state: 'unresolved',
        keys: 'email',
        keyCount: 1,
      },
    });
  });

  it('counts a reopened contact, but not one resolved and left resolved', () => {
    expect(findRepeatContact(current, [earlier({ unresolved: false, reopened: true })], 14)?.state).toBe('reopened');
    expect(findRepeatContact(current, [earlier({ unresolved: false, reopened: false })], 14)).toBeNull();
  });

  it('needs the same matter: category, conversation or case', () => {
    expect(findRepeatContact(current, [earlier({ category: 'signing' })], 14)).toBeNull();
    expect(findRepeatContact(current, [earlier({ category: null })], 14)).toBeNull();
    expect(findRepeatContact({ ...current, threadId: 'IR-BEFORE' }, [earlier({ category: 'signing' })], 14)?.sameMatter).toBe('thread');
    expect(
      findRepeatContact({ ...current, caseId: 'SD-00042' }, [earlier({ category: 'signing', caseId: 'SD-00042' })], 14)?.sameMatter,
    ).toBe('case');
  });

  it('looks back only the period, never ahead, and never at the contact itself', () => {
    expect(findRepeatContact(current, [earlier({ receivedAt: new Date('2026-11-19T09:00:00Z') })], 14)).toBeNull();
    expect(findRepeatContact(current, [earlier({ receivedAt: new Date('2026-11-20T09:00:00Z') })], 14)).not.toBeNull();
    expect(findRepeatContact(current, [earlier({ receivedAt: new Date('2026-12-05T09:00:00Z') })], 14)).toBeNull();
    expect(findRepeatContact(current, [earlier({ inquiryId: 'IR-NOW' })], 14)).toBeNull();
  });

  it('names the most recent of several', () => {
    const found = findRepeatContact(
      current,
      [
        earlier({ inquiryId: 'IR-A', receivedAt: new Date('2026-11-25T09:00:00Z') }),
        earlier({ inquiryId: 'IR-B', receivedAt: new Date('2026-12-01T09:00:00Z') }),
      ],
      14,
    );
    expect(found?.contact.inquiryId).toBe('IR-B');
  });

  it('says when the person was linked by an adviser rather than by a key', () => {
    expect(repeatContactReason(findRepeatContact(current, [earlier({ matchedBy: [], unresolved: false, reopened: true })], 14)!)).toMatch(
      /was reopened; linked by an adviser\.$/,
    );
  });
});
