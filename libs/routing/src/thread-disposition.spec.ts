import type { InquiryParty } from '@inquiry-router/contracts';
import { placeReply, ReferencedThread, sameSender } from './thread-disposition';

const kari: InquiryParty = { name: 'Kari', email: 'kari@example.no' };
const thread = (status: ReferencedThread['status'], from: InquiryParty = kari, channel: ReferencedThread['channel'] = 'email') => ({
  status,
  channel,
  from,
});

describe('placeReply', () => {
  const reply = { channel: 'email' as const, from: kari, threadRef: 'IR-AAAAAAAAAAAA' };

  it.each(['queued', 'claimed', 'forward-pending', 'forwarded', 'in-thread'] as const)(
    "joins its sender's conversation that is %s",
    (status) => {
      expect(placeReply(reply, thread(status))).toEqual({ placement: 'joins' });
    },
  );

  it("reopens its sender's resolved conversation as new work", () => {
    expect(placeReply(reply, thread('resolved'))).toEqual({ placement: 'reopens' });
  });

  it('is a conversation of its own when it refers to none we know', () => {
    expect(placeReply(reply, null)).toEqual({ placement: 'own-thread' });
  });

  it.each(['queued', 'resolved'] as const)(
    'does not join a %s conversation of another sender, and says which reference it quoted',
    (status) => {
      const placed = placeReply({ ...reply, from: { email: 'ola@example.no' } }, thread(status));
      expect(placed).toEqual({ placement: 'own-thread', notJoined: expect.stringContaining('IR-AAAAAAAAAAAA') as unknown });
      expect(placed.placement === 'own-thread' && placed.notJoined).toMatch(/another sender: not joined/);
    },
  );

  it('does not join when the sender cannot be told (no address)', () => {
    expect(placeReply({ ...reply, from: { name: 'Kari' } }, thread('queued')).placement).toBe('own-thread');
    expect(placeReply(reply, thread('queued', { name: 'Kari' })).placement).toBe('own-thread');
  });
});

describe('sameSender', () => {
  it.each([
    ['email', { email: 'Kari.Nordmann@Example.NO ' }, { email: 'kari.nordmann@example.no' }],
    ['phone', { phone: '+47 92 90 08 40' }, { phone: '92900840' }],
    ['phone', { phone: '004792900840' }, { phone: '+4792900840' }],
    ['social', { handle: '@Kari_N', network: 'x' }, { handle: 'kari_n', network: 'X' }],
  ] as const)('takes %s senders %j and %j as the same', (channel, a, b) => {
    expect(sameSender({ channel, from: a }, { channel, from: b })).toBe(true);
  });

  it.each([
    ['email', { email: 'kari@example.no' }, { email: 'kari@example.com' }],
    ['phone', { phone: '+4792900840' }, { phone: '+4692900840' }],
    ['social', { handle: 'kari_n', network: 'x' }, { handle: 'kari_n', network: 'facebook' }],
    ['social', { handle: 'kari_n', network: 'x' }, { handle: 'ola', network: 'x' }],
    // A reply by email to a conversation opened by phone: no address to compare with.
    ['email', { email: 'kari@example.no' }, { phone: '+4792900840' }],
  ] as const)('takes %s senders %j and %j as different', (channel, a, b) => {
    expect(sameSender({ channel, from: a }, { channel, from: b })).toBe(false);
  });
});
