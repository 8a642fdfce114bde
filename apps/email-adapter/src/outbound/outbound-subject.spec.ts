import { outboundSubject } from './outbound-subject';

describe('outboundSubject', () => {
  it('adds the conversation reference to the publisher subject', () => {
    expect(
      outboundSubject({ subject: 'Saken din SD-00012 er løst', purpose: 'case-status', language: 'nb' }, { threadId: 'IR-ABCDEFGHJKLM' }),
    ).toBe('Saken din SD-00012 er løst [IR-ABCDEFGHJKLM]');
  });

  it('keeps a subject that already carries the reference', () => {
    expect(
      outboundSubject({ subject: 'Re: hjelp [IR-ABCDEFGHJKLM]', purpose: 'answer', language: 'nb' }, { threadId: 'IR-ABCDEFGHJKLM' }),
    ).toBe('Re: hjelp [IR-ABCDEFGHJKLM]');
  });

  it('uses a subject for the purpose, in the language, when none is given', () => {
    expect(outboundSubject({ purpose: 'answer', language: 'nn' }, { threadId: 'IR-ABCDEFGHJKLM' })).toBe(
      'Svar på førespurnaden din [IR-ABCDEFGHJKLM]',
    );
    expect(outboundSubject({ subject: '  ', purpose: 'case-status', language: 'en' }, { threadId: 'IR-ABCDEFGHJKLM' })).toBe(
      'News about your case [IR-ABCDEFGHJKLM]',
    );
  });
});
