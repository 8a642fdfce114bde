import { createHmac } from 'node:crypto';
import { metaSignature, verifyMetaSignature, verifyXSignature, xCrcResponse, xSignature } from './social-webhook-signatures';

describe('Meta X-Hub-Signature-256', () => {
  const secret = 'app-secret';
  const body = Buffer.from('{"object":"page","entry":[]}');
  const documented = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

  it('accepts the hex HMAC-SHA256 of the raw body with the app secret', () => {
    expect(metaSignature(body, secret)).toBe(documented);
    expect(verifyMetaSignature(body, documented, secret)).toBe(true);
  });

  it('refuses a changed body, another secret, a missing or misshapen header', () => {
    expect(verifyMetaSignature(Buffer.from('{"object":"page","entry":[ ]}'), documented, secret)).toBe(false);
    expect(verifyMetaSignature(body, documented, 'other-secret')).toBe(false);
    expect(verifyMetaSignature(body, undefined, secret)).toBe(false);
    expect(verifyMetaSignature(body, documented.replace('sha256=', 'sha1='), secret)).toBe(false);
    expect(verifyMetaSignature(body, documented.slice(0, -2), secret)).toBe(false);
    expect(verifyMetaSignature(body, 'sha256=' + 'z'.repeat(64), secret)).toBe(false);
  });
});

describe('X webhook signatures and CRC', () => {
  const secret = 'consumer-secret';

  it('answers the CRC with sha256= and the base64 HMAC-SHA256 of the token (value from openssl)', () => {
    // printf abc | openssl dgst -sha256 -hmac c -binary | base64
    expect(xCrcResponse('abc', 'c')).toEqual({ response_token: 'sha256=DpqZ9JCRH0lIqdXFONMplQlnES5X/80dzgQwZs7Nebo=' });
  });

  it('accepts the base64 HMAC-SHA256 of the raw body and refuses anything else', () => {
    const body = Buffer.from('{"for_user_id":"1","direct_message_events":[]}');
    const good = `sha256=${createHmac('sha256', secret).update(body).digest('base64')}`;
    expect(xSignature(body, secret)).toBe(good);
    expect(verifyXSignature(body, good, secret)).toBe(true);
    expect(verifyXSignature(Buffer.concat([body, Buffer.from(' ')]), good, secret)).toBe(false);
    expect(verifyXSignature(body, good, 'other')).toBe(false);
    expect(verifyXSignature(body, undefined, secret)).toBe(false);
    expect(verifyXSignature(body, good.replace('sha256=', ''), secret)).toBe(false);
    expect(verifyXSignature(body, metaSignature(body, secret), secret)).toBe(false);
  });
});
