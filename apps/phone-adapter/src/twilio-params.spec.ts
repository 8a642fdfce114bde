import { parseForm, WebhookFields } from './twilio-params';

const fields = (form: string) => new WebhookFields(parseForm(Buffer.from(form, 'utf8')));

describe('WebhookFields', () => {
  it('reads a field as Twilio sent it, without control characters (a NUL could not be recorded)', () => {
    const read = fields('SpeechResult=Jeg%00+f%C3%A5r%07+ikke+logget+inn&Digits=1');
    expect(read.optional('SpeechResult')).toBe('Jeg får ikke logget inn');
    expect(read.optional('Digits', 50)).toBe('1');
    expect(read.optional('Missing')).toBeUndefined();
  });

  it('refuses a field sent twice, one too long, and a required one missing or malformed', () => {
    expect(() => fields('Digits=1&Digits=2').optional('Digits')).toThrow('Digits was sent more than once');
    expect(() => fields(`From=${'1'.repeat(201)}`).optional('From', 200)).toThrow('From is longer than 200 characters');
    expect(() => fields('').required('CallSid', /^CA/, '"CA" and 32 hex digits')).toThrow('CallSid is missing');
    expect(() => fields('CallSid=XX').required('CallSid', /^CA/, '"CA" and 32 hex digits')).toThrow(
      'CallSid must be "CA" and 32 hex digits',
    );
  });

  it('keeps a field named after an object property a plain field', () => {
    expect(fields('__proto__=x&constructor=y').optional('__proto__')).toBe('x');
  });
});
