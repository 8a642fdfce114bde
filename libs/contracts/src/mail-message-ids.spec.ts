import { inquiryMessageId, inquiryOfMessageId, noticeMessageId, outboundMessageId, outboundMessageIdOf } from './mail-message-ids';

describe('mail Message-IDs', () => {
  const uuid = '2f1c2d0e-6a51-4a43-9f5e-3b8f4f0e1a01';

  it('builds each kind with its own domain', () => {
    expect(inquiryMessageId('IR-ABCDEFGHJKLM')).toBe('<IR-ABCDEFGHJKLM@inquiry-router>');
    expect(outboundMessageId(uuid)).toBe(`<${uuid}@outbound.inquiry-router>`);
    expect(noticeMessageId(uuid)).toBe(`<${uuid}@notice.inquiry-router>`);
  });

  it('reads back what it builds, and only its own kind', () => {
    expect(inquiryOfMessageId(inquiryMessageId('IR-ABCDEFGHJKLM'))).toBe('IR-ABCDEFGHJKLM');
    expect(outboundMessageIdOf(outboundMessageId(uuid))).toBe(uuid);
    expect(inquiryOfMessageId(outboundMessageId(uuid))).toBeNull();
    expect(outboundMessageIdOf(inquiryMessageId('IR-ABCDEFGHJKLM'))).toBeNull();
  });

  it('never reads a notice delivery id as an inquiry', () => {
    expect(inquiryOfMessageId(noticeMessageId(uuid))).toBeNull();
    expect(outboundMessageIdOf(noticeMessageId(uuid))).toBeNull();
  });

  it('tolerates spacing, missing brackets and the domain in capitals, not other domains', () => {
    expect(inquiryOfMessageId(' <IR-ABCDEFGHJKLM@INQUIRY-ROUTER> ')).toBe('IR-ABCDEFGHJKLM');
    expect(inquiryOfMessageId('IR-ABCDEFGHJKLM@inquiry-router')).toBe('IR-ABCDEFGHJKLM');
    expect(inquiryOfMessageId('<abc@mail.example.com>')).toBeNull();
    expect(inquiryOfMessageId('<abc@not-inquiry-router>')).toBeNull();
    expect(inquiryOfMessageId(null)).toBeNull();
  });
});
