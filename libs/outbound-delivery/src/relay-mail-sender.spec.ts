import { RelayMailSender } from './relay-mail-sender';
import { DeliveryAttemptFailed } from './webhook-sender';

describe('RelayMailSender', () => {
  it('fails the attempt, labelled with its channel, when no relay is set', async () => {
    const sent = new RelayMailSender(undefined, 'brukerservice@altinn.example', 300, 'mail').send({ to: 'kari@example.no', text: 'Hei' });
    await expect(sent).rejects.toThrow(DeliveryAttemptFailed);
    await expect(sent).rejects.toThrow('mail: SMTP_RELAY_URL is not set');
  });
});
