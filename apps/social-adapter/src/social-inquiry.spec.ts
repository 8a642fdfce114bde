import { Inquiry, MaxBodyLength, parseContract } from '@inquiry-router/contracts';
import { inquiryIdFor } from '@inquiry-router/intake';
import { toSocialInquiry } from './social-inquiry';
import { aSocialMessage } from './testing/social-messages';

describe('toSocialInquiry', () => {
  const now = new Date('2026-01-05T09:00:00.000Z');

  it('makes a valid social inquiry from the message, to our account', () => {
    const id = inquiryIdFor('social', 'm_1');
    const inquiry = toSocialInquiry(aSocialMessage(), { id }, '@altinn', now);
    expect(inquiry).toEqual({
      id,
      channel: 'social',
      receivedAt: now.toISOString(),
      from: { handle: '2468', network: 'facebook' },
      to: '@altinn',
      body: 'Hei, jeg får ikke logget inn',
    });
    expect(() => parseContract(Inquiry, inquiry)).not.toThrow();
  });

  it('drops control characters, which would make the inquiry unrecordable (NUL), and the contract refuses', () => {
    const message = aSocialMessage({ text: 'Hei\u0000, jeg\u0007 får\tikke\nlogget inn', senderHandle: '24\u000068' });
    const inquiry = toSocialInquiry(message, { id: 'IR-NUL' }, '@altinn', now);
    expect(inquiry.body).toBe('Hei, jeg får\tikke\nlogget inn');
    expect(inquiry.from.handle).toBe('2468');
    expect(() => parseContract(Inquiry, inquiry)).not.toThrow();
    expect(() => parseContract(Inquiry, { ...inquiry, body: 'Hei\u0000' })).toThrow('body must not contain the NUL character (U+0000)');
  });

  it('joins the thread it is given and keeps the platform time', () => {
    const inquiry = toSocialInquiry(
      aSocialMessage({ sentAt: '2026-01-05T08:59:00.000Z' }),
      { id: 'IR-X', threadRef: 'IR-FIRST' },
      '@altinn',
      now,
    );
    expect(inquiry.threadRef).toBe('IR-FIRST');
    expect(inquiry.receivedAt).toBe('2026-01-05T08:59:00.000Z');
  });

  it('notes attachment links in the body and lists their metadata, fetching nothing', () => {
    const inquiry = toSocialInquiry(
      aSocialMessage({
        text: '',
        attachments: [
          { type: 'image', url: 'https://cdn.example/a/skjerm.png?x=1' },
          { type: '<script>', url: null },
        ],
      }),
      { id: 'IR-X' },
      '@altinn',
      now,
    );
    expect(inquiry.body).toBe('[Vedlegg: skjerm.png https://cdn.example/a/skjerm.png?x=1]\n\n[Vedlegg: file-2]');
    expect(inquiry.attachments).toEqual([
      { filename: 'skjerm.png', contentType: 'image/*', size: 0 },
      { filename: 'file-2', contentType: 'application/octet-stream', size: 0 },
    ]);
    expect(() => parseContract(Inquiry, { ...inquiry, id: 'IR-ABCDEFGHJKLM' })).not.toThrow();
  });

  it('cuts a body longer than the bus takes', () => {
    const inquiry = toSocialInquiry(aSocialMessage({ text: 'a'.repeat(MaxBodyLength + 10) }), { id: 'IR-X' }, '@altinn', now);
    expect(inquiry.body).toHaveLength(MaxBodyLength);
  });
});
