import { thrownBy } from '@inquiry-router/testing';
import { MalformedWebhook } from '../social-message';
import { aSocialMessage } from '../testing/social-messages';
import { parseMetaWebhook } from './parse-meta-webhook';

const messaging = (event: object) => ({ sender: { id: '2468' }, recipient: { id: '1357' }, timestamp: 1732460000000, ...event });
const page = (...events: object[]) => ({ object: 'page', entry: [{ id: '1357', time: 1732460000000, messaging: events }] });

const reasonsOf = (body: unknown): string[] => thrownBy(() => parseMetaWebhook(body), MalformedWebhook).reasons;

describe('parseMetaWebhook', () => {
  it('reads a Messenger text message', () => {
    const parsed = parseMetaWebhook(page(messaging({ message: { mid: 'm_1', text: 'Hei, jeg får ikke logget inn' } })));
    expect(parsed).toEqual({ ignored: 0, messages: [aSocialMessage({ sentAt: new Date(1732460000000).toISOString() })] });
  });

  it('reads Instagram messages with attachments, and keeps unknown fields from failing', () => {
    const body = {
      object: 'instagram',
      entry: [
        {
          id: '1',
          time: 1,
          messaging: [
            messaging({
              message: { mid: 'ig_1', attachments: [{ type: 'image', payload: { url: 'https://cdn.example/a/skjerm.png?x=1' } }], nlp: {} },
            }),
          ],
        },
      ],
    };
    const [m] = parseMetaWebhook(body).messages;
    expect(m.network).toBe('instagram');
    expect(m.text).toBe('');
    expect(m.attachments).toEqual([{ type: 'image', url: 'https://cdn.example/a/skjerm.png?x=1' }]);
  });

  it('ignores echoes, deliveries, reads, reactions, empty messages and feed changes', () => {
    const parsed = parseMetaWebhook({
      object: 'page',
      entry: [
        {
          id: '1',
          time: 1,
          messaging: [
            messaging({ message: { mid: 'm_echo', text: 'Vårt svar', is_echo: true } }),
            messaging({ delivery: { mids: ['m_1'], watermark: 1 } }),
            messaging({ read: { watermark: 1 } }),
            messaging({ reaction: { mid: 'm_1', action: 'react', reaction: 'love' } }),
            messaging({ message: { mid: 'm_deleted', is_deleted: true } }),
          ],
        },
        { id: '1', time: 1, changes: [{ field: 'feed', value: {} }] },
      ],
    });
    expect(parsed).toEqual({ messages: [], ignored: 6 });
  });

  it('names every field of the wrong shape', () => {
    expect(reasonsOf('text')).toEqual(['body must be an object']);
    expect(reasonsOf({ object: 'whatsapp', entry: {} })).toEqual(['object must be "page" or "instagram"', 'entry must be an array']);
    expect(reasonsOf(page(messaging({ sender: { id: 42 }, message: { mid: '', text: 7 } })))).toEqual([
      'entry[0].messaging[0].message.mid must be a non-empty string',
      'entry[0].messaging[0].sender.id must be a non-empty string',
      'entry[0].messaging[0].message.text must be a string',
    ]);
    expect(reasonsOf(page(messaging({ recipient: null, message: { mid: 'm' } })))).toEqual([
      'entry[0].messaging[0].recipient must be an object',
    ]);
    expect(reasonsOf({ object: 'page', entry: [null, { messaging: 'x' }] })).toEqual([
      'entry[0] must be an object',
      'entry[1].messaging must be an array',
    ]);
  });

  it('refuses ids too long for an inquiry', () => {
    expect(reasonsOf(page(messaging({ sender: { id: '9'.repeat(101) }, message: { mid: 'm', text: 'x' } })))).toEqual([
      'entry[0].messaging[0].sender.id must be at most 100 characters',
    ]);
  });
});
