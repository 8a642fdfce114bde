import { hashIdentityKey } from './keyed-hash';
import { ContactToRecognise, recogniseInquirers, RecognisedContact } from './recognition';

const secret = 'a-test-secret-of-some-length';
const email = hashIdentityKey(secret, { kind: 'email', value: 'kari@example.no' });
const phone = hashIdentityKey(secret, { kind: 'phone', value: '90550123' });
const nationalId = hashIdentityKey(secret, { kind: 'national-id', value: '01019010046' });
const at = new Date('2026-12-04T10:00:00Z');

const contact = (overrides: Partial<ContactToRecognise>): ContactToRecognise => ({
  inquiryId: 'IR-NOW',
  receivedAt: new Date('2026-12-04T09:00:00Z'),
  threadId: overrides.inquiryId ?? 'IR-NOW',
  keys: [],
  conversationInquirerId: null,
  quoted: [],
  ...overrides,
});
const known = (inquiryId: string, inquirerId: string, day: number, ...keys: RecognisedContact['keys']): RecognisedContact => ({
  inquiryId,
  inquirerId,
  receivedAt: new Date(`2026-11-${String(day).padStart(2, '0')}T09:00:00Z`),
  keys,
});

function recognise(contacts: ContactToRecognise[], earlier: RecognisedContact[] = []) {
  let n = 0;
  return recogniseInquirers(contacts, earlier, { newInquirerId: () => `person-${++n}`, at });
}

describe('recognising the inquirer', () => {
  it('makes a new person of a contact no key matches', () => {
    expect(recognise([contact({ keys: [email] })], [known('IR-OTHER', 'p-other', 1, phone)])).toEqual([
      {
        inquiryId: 'IR-NOW',
        inquirerId: 'person-1',
        isNew: true,
        receivedAt: new Date('2026-12-04T09:00:00Z'),
        match: { by: 'new', at: at.toISOString() },
        suggestions: [],
      },
    ]);
  });

  it('joins the person of the most recent contact sharing a key, naming the keys and contacts of that person', () => {
    const [r] = recognise(
      [contact({ keys: [phone, nationalId] })],
      [known('IR-OLD', 'p-old', 1, phone), known('IR-A', 'p-kari', 10, email, phone), known('IR-B', 'p-kari', 20, nationalId)],
    );
    expect(r).toMatchObject({
      inquirerId: 'p-kari',
      isNew: false,
      match: { by: 'keys', keys: ['phone', 'national-id'], inquiries: ['IR-B', 'IR-A'], at: at.toISOString() },
    });
  });

  it('puts a reply that joined its conversation with the conversation’s person', () => {
    const [r] = recognise(
      [contact({ keys: [email], conversationInquirerId: 'p-conversation', threadId: 'IR-ROOT' })],
      [known('IR-ROOT', 'p-conversation', 1, email), known('IR-LATER', 'p-split-off', 20, email)],
    );
    expect(r).toMatchObject({ inquirerId: 'p-conversation', match: { by: 'keys', keys: ['email'], inquiries: ['IR-ROOT'] } });
  });

  it('makes two contacts of a new person in one batch one person, the older first', () => {
    const [first, second] = recognise([
      contact({ inquiryId: 'IR-CALL', receivedAt: new Date('2026-12-04T09:05:00Z'), keys: [phone] }),
      contact({ inquiryId: 'IR-MAIL', receivedAt: new Date('2026-12-04T09:00:00Z'), keys: [email, phone] }),
    ]);
    expect(first).toMatchObject({ inquiryId: 'IR-MAIL', inquirerId: 'person-1', isNew: true });
    expect(second).toMatchObject({ inquiryId: 'IR-CALL', inquirerId: 'person-1', isNew: false, match: { keys: ['phone'] } });
  });

  describe('a quoted reference', () => {
    const quoted = (inquiryId: string, inquirerId: string | null, threadId = inquiryId) => ({
      reference: inquiryId,
      inquiryId,
      inquirerId,
      threadId,
    });

    it('naming another person’s contact is a suggestion, never a link', () => {
      const [r] = recognise([contact({ keys: [email], quoted: [quoted('IR-THEIRS', 'p-them'), quoted('IR-THEIRS', 'p-them')] })]);
      expect(r).toMatchObject({ isNew: true, suggestions: [{ reference: 'IR-THEIRS', referencedInquiryId: 'IR-THEIRS' }] });
    });

    it('names a case by its inquiry', () => {
      const [r] = recognise([
        contact({ quoted: [{ reference: 'SD-00042', inquiryId: 'IR-CASE', inquirerId: null, threadId: 'IR-CASE' }] }),
      ]);
      expect(r.suggestions).toEqual([{ reference: 'SD-00042', referencedInquiryId: 'IR-CASE' }]);
    });

    it('is no suggestion when a key matches that person too, even if another person is more recent', () => {
      const [r] = recognise(
        [contact({ keys: [email, phone], quoted: [quoted('IR-A', 'p-kari')] })],
        [known('IR-A', 'p-kari', 1, email), known('IR-B', 'p-shared-phone', 20, phone)],
      );
      expect(r).toMatchObject({ inquirerId: 'p-shared-phone', suggestions: [] });
    });

    it('is no suggestion for its own conversation, nor for a contact of the same batch it is recognised with', () => {
      const [own] = recognise([contact({ threadId: 'IR-ROOT', quoted: [quoted('IR-ROOT', null)] })]);
      expect(own.suggestions).toEqual([]);
      const [, second] = recognise([
        contact({ inquiryId: 'IR-FIRST', receivedAt: new Date('2026-12-04T08:00:00Z'), keys: [email] }),
        contact({ keys: [email], quoted: [quoted('IR-FIRST', null)] }),
      ]);
      expect(second).toMatchObject({ inquirerId: 'person-1', suggestions: [] });
    });
  });
});
