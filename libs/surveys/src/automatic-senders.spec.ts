import { isAutomaticSender } from './automatic-senders';

describe('isAutomaticSender', () => {
  it.each([
    'noreply@altinn.example',
    'no-reply@altinn.example',
    'no_reply@altinn.example',
    'noreply+bounce@altinn.example',
    'do-not-reply@nav.example',
    'mailer-daemon@mx.example',
    'postmaster@mx.example',
    'bounces@list.example',
    'ikke-svar@kommune.example',
  ])('takes %s for a machine', (email) => {
    expect(isAutomaticSender('email', { email })).toBe(true);
  });

  it.each(['kari.nordmann@example.no', 'reply.kari@example.no', 'noreen@example.no', 'post@firma.example'])(
    'takes %s for a person',
    (email) => {
      expect(isAutomaticSender('email', { email })).toBe(false);
    },
  );

  it('knows no automatic senders on the phone or social media', () => {
    expect(isAutomaticSender('phone', { phone: '+4791234567' })).toBe(false);
    expect(isAutomaticSender('social', { handle: 'noreply', network: 'x' })).toBe(false);
  });
});
