import { requestRecord, standInAnswer } from './request-record';

const at = new Date('2026-12-07T09:30:00Z');
const post = (path: string, body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  path,
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

describe('what the HTTP stand-in records of a request', () => {
  it('records a Messenger reply to the person’s platform id, with the reference its text gives, never the token in the query', () => {
    const record = requestRecord(
      post('/meta/me/messages?access_token=secret-page-token', {
        recipient: { id: '24016541234567' },
        messaging_type: 'RESPONSE',
        message: { text: 'Takk for meldingen din. Referansenummeret ditt er IR-AAAAAAAAAAAA.' },
      }),
      at,
      'r1',
    );
    expect(record).toEqual({
      id: 'r1',
      at: '2026-12-07T09:30:00.000Z',
      channel: 'social',
      via: 'meta',
      from: null,
      to: ['24016541234567'],
      subject: null,
      text: 'Takk for meldingen din. Referansenummeret ditt er IR-AAAAAAAAAAAA.',
      messageId: null,
      inReplyTo: null,
      references: [],
      inquiryReferences: ['IR-AAAAAAAAAAAA'],
    });
    expect(JSON.stringify(record)).not.toContain('secret-page-token');
    expect(standInAnswer(record)).toEqual({ recipient_id: '24016541234567', message_id: 'm_r1' });
  });

  it('records an X direct message to the participant of the path', () => {
    const record = requestRecord(post('/x/2/dm_conversations/with/1600000000000000001/messages', { text: 'Hei igjen' }), at, 'r2');
    expect(record).toMatchObject({ channel: 'social', via: 'x', to: ['1600000000000000001'], text: 'Hei igjen', inquiryReferences: [] });
    expect(standInAnswer(record)).toEqual({ data: { dm_conversation_id: '1600000000000000001', dm_event_id: 'r2' } });
  });

  it('records an agency’s delivery by its agency, with the inquiry’s id and reference and the webhook id', () => {
    const payload = {
      type: 'inquiry.forwarded.v1',
      timestamp: '2026-12-07T09:29:59.000Z',
      data: {
        deliveryId: '6c1f0e4e-0a43-4d8e-9d8f-1d2c3b4a5e6f',
        agency: 'skd',
        inquiry: {
          id: 'IR-FFFFFFFFFFFF',
          reference: 'IR-FFFFFFFFFFFF',
          subject: 'Skattemelding',
          text: 'Hvordan endrer jeg skattemeldingen?',
        },
      },
    };
    const record = requestRecord(
      post('/agencies/skd/webhook', payload, { 'webhook-id': '6c1f0e4e-0a43-4d8e-9d8f-1d2c3b4a5e6f' }),
      at,
      'r3',
    );
    expect(record).toMatchObject({
      channel: 'webhook',
      via: 'agency-webhook',
      to: ['skd'],
      subject: 'Skattemelding',
      text: 'Hvordan endrer jeg skattemeldingen?',
      messageId: '6c1f0e4e-0a43-4d8e-9d8f-1d2c3b4a5e6f',
      inquiryReferences: ['IR-FFFFFFFFFFFF'],
    });
    expect(standInAnswer(record)).toEqual({});
  });

  it('records any other webhook by its path, a notice by its type, title and message', () => {
    const notice = { type: 'notice.changed', title: { nb: 'Innlogging feiler' }, message: { nb: 'Vi undersøker.' } };
    expect(requestRecord(post('/hooks/ops', notice), at, 'r4')).toMatchObject({
      channel: 'webhook',
      via: 'webhook',
      to: ['/hooks/ops'],
      subject: 'notice.changed: Innlogging feiler',
      text: 'Vi undersøker.',
    });
    expect(requestRecord(post('/hooks/raw', 'plain words'), at, 'r5')).toMatchObject({ subject: null, text: 'plain words' });
  });

  it('records nothing of a request that sends nothing', () => {
    expect(requestRecord({ method: 'GET', path: '/meta/me/messages', headers: {}, body: '' }, at, 'r6')).toBeNull();
  });
});
