import { inquiryOfMessageId } from '@inquiry-router/contracts';
import { mailInquiryReferences, referencesIn } from './inquiry-references';

describe('the inquiry references a sent message names', () => {
  it('finds IR- references in a text, each once, in order, whatever their case', () => {
    expect(referencesIn('Referansenummeret ditt er IR-ABCDEFGHJKLM. Se også ir-abcdefghjkln og IR-ABCDEFGHJKLM.')).toEqual([
      'IR-ABCDEFGHJKLM',
      'IR-ABCDEFGHJKLN',
    ]);
    // Not a reference: letters outside the alphabet (I, O, 0, 1), too short, or part of a longer word.
    expect(referencesIn('IR-ABCDEFGHIJKL IR-ABC XIR-ABCDEFGHJKLM IR-ABCDEFGHJKLMN')).toEqual([]);
    expect(referencesIn(null)).toEqual([]);
  });

  it('reads the inquiry id of a Message-ID of ours, and nothing of anyone else’s', () => {
    expect(inquiryOfMessageId('<IR-ABCDEFGHJKLM@inquiry-router>')).toBe('IR-ABCDEFGHJKLM');
    expect(inquiryOfMessageId(' <dev-001@inquiry-router> ')).toBe('dev-001');
    expect(inquiryOfMessageId('<2f1c2d0e@outbound.inquiry-router>')).toBeNull();
    expect(inquiryOfMessageId('<CAF=abc@mail.gmail.com>')).toBeNull();
    expect(inquiryOfMessageId(null)).toBeNull();
  });

  it('puts an answer’s inquiry (In-Reply-To) before its thread (References, subject)', () => {
    const answer = {
      messageId: '<2f1c2d0e-6a51-4a43-9f5e-3b8f4f0e1a01@outbound.inquiry-router>',
      inReplyTo: '<IR-BBBBBBBBBBBB@inquiry-router>',
      references: ['<IR-AAAAAAAAAAAA@inquiry-router>', '<IR-BBBBBBBBBBBB@inquiry-router>'],
      subject: 'Svar på henvendelsen din [IR-AAAAAAAAAAAA]',
      text: 'Hei, her er svaret.',
    };
    expect(mailInquiryReferences(answer)).toEqual(['IR-BBBBBBBBBBBB', 'IR-AAAAAAAAAAAA']);
  });

  it('takes a receipt’s own Message-ID, not the sender’s mail it answers', () => {
    const receipt = {
      messageId: '<IR-CCCCCCCCCCCC@inquiry-router>',
      inReplyTo: '<CAF=xyz@mail.example.no>',
      references: ['<CAF=xyz@mail.example.no>'],
      subject: 'Vi har mottatt henvendelsen din [IR-CCCCCCCCCCCC]',
      text: 'referansenummeret er IR-CCCCCCCCCCCC.',
    };
    expect(mailInquiryReferences(receipt)).toEqual(['IR-CCCCCCCCCCCC']);
  });

  it('reads a subject’s closing bracket as a thread of any id, and references quoted in subject and text', () => {
    expect(
      mailInquiryReferences({
        messageId: null,
        inReplyTo: null,
        references: [],
        subject: 'Videresendt henvendelse [IR-DDDDDDDDDDDD]: Skattemelding',
        text: 'Gjelder også IR-EEEEEEEEEEEE.',
      }),
    ).toEqual(['IR-DDDDDDDDDDDD', 'IR-EEEEEEEEEEEE']);
    expect(
      mailInquiryReferences({ messageId: null, inReplyTo: null, references: [], subject: 'Nytt i saken din [dev-001]', text: '' }),
    ).toEqual(['dev-001']);
  });
});
