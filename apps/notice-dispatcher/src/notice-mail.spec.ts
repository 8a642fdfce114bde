import type { NoticeEntry } from '@inquiry-router/persistence';
import { noticeMail } from './notice-mail';
import { noticeWebhookPayload } from './notice-payload';

const entry = (overrides: Partial<NoticeEntry> = {}): NoticeEntry => ({
  noticeId: 'DRIFT-00042',
  sequence: 2,
  kind: 'incident',
  status: 'identified',
  severity: 'major',
  title: { nb: 'Innlogging feiler', en: 'Login fails' },
  description: { nb: 'Mange får ikke logget inn med BankID.' },
  message: { nb: 'Årsaken er funnet hos leverandøren.', en: 'The cause was found at the supplier.' },
  components: ['login'],
  componentNames: [{ nb: 'Innlogging', nn: 'Innlogging', en: 'Login' }],
  environments: ['production'],
  audiences: ['end-users', 'service-owners'],
  startsAt: new Date('2024-11-25T08:00:00Z'),
  expectedEndAt: new Date('2024-11-25T12:00:00Z'),
  endedAt: null,
  changedBy: 'operator',
  changedAt: new Date('2024-11-25T09:30:00Z'),
  ...overrides,
});
const links = {
  statusPage: 'https://status.example/status?lang=nb',
  unsubscribe: 'https://status.example/status/subscriptions/unsubscribe?token=abc',
};

describe('noticeWebhookPayload', () => {
  it("carries the entry's status and message with the notice as it stands, every language written, and the status page", () => {
    expect(noticeWebhookPayload(entry(), 'https://status.example/status')).toEqual({
      type: 'notice.changed',
      noticeId: 'DRIFT-00042',
      sequence: 2,
      kind: 'incident',
      status: 'identified',
      severity: 'major',
      title: { nb: 'Innlogging feiler', en: 'Login fails' },
      message: { nb: 'Årsaken er funnet hos leverandøren.', en: 'The cause was found at the supplier.' },
      description: { nb: 'Mange får ikke logget inn med BankID.' },
      components: ['login'],
      environments: ['production'],
      audiences: ['end-users', 'service-owners'],
      startsAt: '2024-11-25T08:00:00.000Z',
      expectedEndAt: '2024-11-25T12:00:00.000Z',
      endedAt: null,
      changedAt: '2024-11-25T09:30:00.000Z',
      statusPage: 'https://status.example/status',
    });
  });

  it('gives the end only on the entry that ended the notice', () => {
    const ended = new Date('2024-11-25T11:00:00Z');
    expect(noticeWebhookPayload(entry({ endedAt: ended }), 'x').endedAt).toBeNull();
    expect(noticeWebhookPayload(entry({ status: 'resolved', endedAt: ended }), 'x').endedAt).toBe('2024-11-25T11:00:00.000Z');
  });
});

describe('noticeMail', () => {
  it('writes bokmål: subject with kind, title, id and status; the message, facts in Norwegian time, the status page and the unsubscribe link', () => {
    const mail = noticeMail(entry(), 'nb', links);
    expect(mail.subject).toBe('Driftsavvik: Innlogging feiler [DRIFT-00042] – Årsak funnet');
    expect(mail.text).toContain('Årsaken er funnet hos leverandøren.');
    expect(mail.text).toContain('Berørte tjenester: Innlogging');
    expect(mail.text).toContain('Miljø: Produksjon');
    expect(mail.text).toContain('Start: 25. november 2024 kl. 09:00 CET');
    expect(mail.text).toContain('Forventet slutt: 25. november 2024 kl. 13:00 CET');
    expect(mail.text).toContain('Om saken:\nMange får ikke logget inn med BankID.');
    expect(mail.text).toContain(`Følg saken på statussiden: ${links.statusPage}`);
    expect(mail.text).toContain(`Avslutt abonnementet: ${links.unsubscribe}`);
    expect(mail.html).toContain(`<a href="${links.unsubscribe.replace(/&/g, '&amp;')}">Avslutt abonnementet</a>`);
    expect(mail.html).toContain('<html lang="nb">');
  });

  it('writes English where the operator wrote it, bokmål where not, and nynorsk labels for a nynorsk reader', () => {
    const en = noticeMail(entry(), 'en', links);
    expect(en.subject).toBe('Incident: Login fails [DRIFT-00042] – Identified');
    expect(en.text).toContain('The cause was found at the supplier.');
    expect(en.text).toContain('About:\nMange får ikke logget inn med BankID.');
    expect(en.text).toContain('Unsubscribe: ');
    const nn = noticeMail(entry({ kind: 'maintenance', status: 'scheduled' }), 'nn', links);
    expect(nn.subject).toBe('Planlagt vedlikehald: Innlogging feiler [DRIFT-00042] – Planlagt');
    expect(nn.text).toContain('Råka tenester: Innlogging');
  });

  it('says the registration once (its message is the description) and shows the end instead of the expected end when it ended', () => {
    const registered = noticeMail(
      entry({
        sequence: 1,
        status: 'resolved',
        message: { nb: 'Mange får ikke logget inn med BankID.' },
        endedAt: new Date('2024-11-25T10:00:00Z'),
      }),
      'nb',
      links,
    );
    expect(registered.text.match(/Mange får ikke logget inn/g)).toHaveLength(1);
    expect(registered.text).toContain('Avsluttet: 25. november 2024 kl. 11:00 CET');
    expect(registered.text).not.toContain('Forventet slutt');
  });

  it('escapes what the operator wrote in the HTML', () => {
    const mail = noticeMail(entry({ message: { nb: '<script>alert(1)</script> & mer' } }), 'nb', links);
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; mer');
    expect(mail.html).not.toContain('<script>');
  });
});
