import { outboundMessageIdOf, type SinkRecord } from '@inquiry-router/contracts';
import type { CallbackTaskRow, SentHistoryRow } from '@inquiry-router/persistence';
import { callbackViews, newestFirst, sinkMessageViews, socialSpanOf } from './sent-messages';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 7, 9, minute)).toISOString();

const aRecord = (overrides: Partial<SinkRecord>): SinkRecord => ({
  id: 'r',
  at: at(0),
  channel: 'email',
  via: 'smtp',
  from: 'brukerservice@altinn.example',
  to: ['kari@example.no'],
  subject: null,
  text: '',
  messageId: null,
  inReplyTo: null,
  references: [],
  inquiryReferences: [],
  ...overrides,
});

const aHistoryRow = (overrides: Partial<SentHistoryRow>): SentHistoryRow => ({
  inquiryId: 'IR-AAAAAAAAAAAA',
  threadId: 'IR-AAAAAAAAAAAA',
  event: 'message-sent',
  at: new Date(at(0)),
  messageId: null,
  channel: 'email',
  purpose: 'answer',
  subject: null,
  body: '',
  handle: null,
  ...overrides,
});

describe('the Sent page’s messages, tied to their inquiries', () => {
  const thread = { id: 'IR-AAAAAAAAAAAA', threadId: 'IR-AAAAAAAAAAAA' };
  const reply = { id: 'IR-BBBBBBBBBBBB', threadId: 'IR-AAAAAAAAAAAA' };

  it('ties an answer by mail to the inquiry it answers, in its thread, with the purpose its history row gives', () => {
    const answer = aRecord({
      id: 'answer',
      subject: 'Svar på henvendelsen din [IR-AAAAAAAAAAAA]',
      messageId: '<2f1c2d0e-6a51-4a43-9f5e-3b8f4f0e1a01@outbound.inquiry-router>',
      inReplyTo: '<IR-BBBBBBBBBBBB@inquiry-router>',
      inquiryReferences: ['IR-BBBBBBBBBBBB', 'IR-AAAAAAAAAAAA'],
    });
    const [view] = sinkMessageViews([answer], {
      inquiries: [thread, reply],
      sentHistory: [aHistoryRow({ inquiryId: reply.id, messageId: '2f1c2d0e-6a51-4a43-9f5e-3b8f4f0e1a01', purpose: 'case-status' })],
    });
    expect(view).toMatchObject({
      id: 'answer',
      purpose: 'case-status',
      thread: 'IR-AAAAAAAAAAAA',
      inquiry: { id: 'IR-BBBBBBBBBBBB', reference: 'IR-BBBBBBBBBBBB' },
      inReplyTo: '<IR-BBBBBBBBBBBB@inquiry-router>',
    });
  });

  it('knows a mail receipt by its Message-ID, and leaves a message that names nothing recorded untied', () => {
    const receipt = aRecord({ messageId: '<IR-AAAAAAAAAAAA@inquiry-router>', inquiryReferences: ['IR-AAAAAAAAAAAA'] });
    const stranger = aRecord({ id: 'notice', messageId: '<6c1f0e4e@inquiry-router>', inquiryReferences: ['6c1f0e4e'] });
    const [ofReceipt, ofStranger] = sinkMessageViews([receipt, stranger], { inquiries: [thread], sentHistory: [] });
    expect(ofReceipt).toMatchObject({ purpose: 'acknowledgement', inquiry: { id: thread.id } });
    expect(ofStranger).toMatchObject({ purpose: null, thread: null, inquiry: null });
  });

  it('ties a direct message without a reference to the history row of its text, the person’s own before another’s', () => {
    const text = 'Nytt i saken din\n\nSaken er løst.';
    const dm = aRecord({ id: 'dm', channel: 'social', via: 'meta', from: null, to: ['24016541234567'], text, at: at(10) });
    const row = (inquiryId: string, handle: string, minute: number) =>
      aHistoryRow({
        inquiryId,
        threadId: inquiryId,
        channel: 'social',
        purpose: 'case-status',
        subject: 'Nytt i saken din',
        body: 'Saken er løst.',
        handle,
        at: new Date(at(minute)),
      });
    const someoneElse = row('IR-CCCCCCCCCCCC', '1111', 10);
    const theirs = row('IR-DDDDDDDDDDDD', '24016541234567', 11);
    const tooLate = row('IR-EEEEEEEEEEEE', '24016541234567', 25);
    expect(sinkMessageViews([dm], { inquiries: [], sentHistory: [someoneElse, theirs, tooLate] })[0]).toMatchObject({
      purpose: 'case-status',
      inquiry: { id: 'IR-DDDDDDDDDDDD' },
      thread: 'IR-DDDDDDDDDDDD',
    });
    expect(sinkMessageViews([dm], { inquiries: [], sentHistory: [tooLate] })[0].inquiry).toBeNull();
  });

  it('lists call-back tasks as the phone channel’s messages: the number to call, the text to say', () => {
    const task: CallbackTaskRow = {
      ...aHistoryRow({
        inquiryId: 'IR-FFFFFFFFFFFF',
        threadId: 'IR-FFFFFFFFFFFF',
        channel: 'phone',
        purpose: 'answer',
        body: 'Si at feilen er rettet.',
        messageId: 'm1',
      }),
      event: 'callback-requested',
      phone: '+4791234567',
      toAddress: '+4722000000',
    };
    expect(callbackViews([task])).toEqual([
      {
        id: 'callback:IR-FFFFFFFFFFFF:m1',
        at: at(0),
        channel: 'phone',
        via: 'callback',
        purpose: 'answer',
        from: '+4722000000',
        to: ['+4791234567'],
        subject: null,
        text: 'Si at feilen er rettet.',
        messageId: null,
        inReplyTo: null,
        thread: 'IR-FFFFFFFFFFFF',
        inquiry: { id: 'IR-FFFFFFFFFFFF', reference: 'IR-FFFFFFFFFFFF' },
      },
    ]);
  });

  it('merges newest first, and spans only the direct messages no recorded reference ties', () => {
    const [a, b, c] = sinkMessageViews(
      [aRecord({ id: 'a', at: at(1) }), aRecord({ id: 'b', at: at(3) }), aRecord({ id: 'c', at: at(2) })],
      { inquiries: [], sentHistory: [] },
    );
    expect(newestFirst(2, [a, b], [c]).map((v) => v.id)).toEqual(['b', 'c']);

    const tied = aRecord({ channel: 'social', at: at(1), inquiryReferences: ['IR-AAAAAAAAAAAA'] });
    const untied = aRecord({ channel: 'social', at: at(30) });
    expect(socialSpanOf([tied], new Set(['IR-AAAAAAAAAAAA']))).toBeNull();
    expect(socialSpanOf([tied, untied], new Set(['IR-AAAAAAAAAAAA']))).toEqual({ from: new Date(at(20)), to: new Date(at(40)) });
    expect(outboundMessageIdOf('<IR-AAAAAAAAAAAA@inquiry-router>')).toBeNull();
  });
});
