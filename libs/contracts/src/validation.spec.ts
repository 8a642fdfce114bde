import { IsOptional } from 'class-validator';
import { ContractViolation, IsHttpUrl, parseContract } from './validation';
import { InquiryReceived } from './events/inquiry-received.event';

const valid = {
  inquiry: {
    id: 'inq-1',
    channel: 'phone',
    receivedAt: '2026-11-24T10:00:00Z',
    from: { phone: '+4792900840' },
    to: '+4775006000',
    body: 'IVR: 1 innlogging. Innringer: får ikke logget inn',
  },
};

describe('parseContract', () => {
  it('returns a typed instance of a valid event and drops unknown fields', () => {
    const event = parseContract(InquiryReceived, { ...valid, extra: 1 });
    expect(event.inquiry.channel).toBe('phone');
    expect(event).not.toHaveProperty('extra');
  });

  it('names every offending field, nested ones with their path', () => {
    const bad = {
      inquiry: { ...valid.inquiry, channel: 'fax', from: { email: 'not-an-email' }, attachments: [{ filename: '', size: -1 }] },
    };
    expect(() => parseContract(InquiryReceived, bad)).toThrow(ContractViolation);
    try {
      parseContract(InquiryReceived, bad);
    } catch (e) {
      const details = (e as ContractViolation).details.join('\n');
      expect(details).toMatch(/inquiry\.channel/);
      expect(details).toMatch(/inquiry\.from\.email/);
      expect(details).toMatch(/inquiry\.attachments\.0\.filename/);
      expect(details).toMatch(/inquiry\.attachments\.0\.size/);
    }
  });

  it('refuses what is not an object', () => {
    expect(() => parseContract(InquiryReceived, [1])).toThrow('expected a JSON object, got an array');
    expect(() => parseContract(InquiryReceived, 'x')).toThrow('expected a JSON object, got string');
  });

  it('refuses a missing inquiry', () => {
    expect(() => parseContract(InquiryReceived, {})).toThrow(/inquiry/);
  });
});

describe('IsHttpUrl', () => {
  class Link {
    @IsHttpUrl() url!: string;
    @IsOptional() @IsHttpUrl('feed must be where the feed is served') feed?: string;
  }

  it('takes http(s) addresses with any host, bare names and localhost too', () => {
    for (const url of ['https://portal.example/hjelp', 'http://localhost:3000/status', 'http://workdesk:3000', 'http://127.0.0.1:8080/x']) {
      expect(parseContract(Link, { url }).url).toBe(url);
    }
  });

  it('refuses other schemes and addresses without one, in its own words or the one given', () => {
    for (const url of ['ftp://portal.example/file', 'portal.example/hjelp', 'javascript:alert(1)']) {
      expect(() => parseContract(Link, { url })).toThrow('url must be an http(s) URL');
    }
    expect(() => parseContract(Link, { url: 'https://portal.example', feed: 'mailto:x@y.example' })).toThrow(
      'feed must be where the feed is served',
    );
  });
});
