import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { NoticeMessageRequest, NoticeTitleRequest, RegisterNoticeRequest, UpdateNoticeRequest } from './notices.requests';

const registration = {
  kind: 'incident',
  severity: 'major',
  title: { nb: 'Innlogging feiler' },
  description: { nb: 'Vi undersøker feil ved innlogging.' },
  components: ['login'],
  environments: ['production'],
  audiences: ['end-users'],
  startsAt: '2026-12-07T08:00:00Z',
};
const update = { version: 1, status: 'identified', message: { nb: 'Vi har funnet feilen.' } };

const problemsOf = (type: new () => object, body: object) =>
  validateSync(plainToInstance(type, body)).flatMap((e) => Object.values(e.constraints ?? {}));

describe('a notice’s reach and keywords', () => {
  const reach = {
    components: ['Not a code'],
    environments: ['moon'],
    audiences: [],
    keywords: ['two words'],
  };
  const refusals = [
    'each component must be a component code',
    expect.stringMatching(/^each environment must be one of /) as unknown,
    'audiences must name at least one audience',
    'each keyword must be one word (no spaces, at most 50 characters)',
  ];

  it('are refused alike when a notice is registered and when it is updated', () => {
    expect(problemsOf(RegisterNoticeRequest, registration)).toEqual([]);
    expect(problemsOf(UpdateNoticeRequest, update)).toEqual([]);
    expect(problemsOf(RegisterNoticeRequest, { ...registration, ...reach })).toEqual(refusals);
    expect(problemsOf(UpdateNoticeRequest, { ...update, ...reach })).toEqual(refusals);
  });

  it('give every reason, in the order the checks run', () => {
    const notLists = { components: 'login', environments: 'production', audiences: 'end-users', keywords: 'bankid' };
    const reasons = [
      'components must contain no more than 50 elements',
      'components must name at least one component',
      'components must be an array',
      'environments must name at least one environment',
      'environments must be an array',
      'audiences must name at least one audience',
      'audiences must be an array',
      'keywords must be at most 20 words',
      'keywords must be an array',
    ];
    expect(problemsOf(RegisterNoticeRequest, { ...registration, ...notLists })).toEqual(reasons);
    expect(problemsOf(UpdateNoticeRequest, { ...update, ...notLists })).toEqual(reasons);
    expect(problemsOf(UpdateNoticeRequest, { ...update, components: [], keywords: Array<string>(21).fill('a b') })).toEqual([
      'components must name at least one component',
      'each keyword must be one word (no spaces, at most 50 characters)',
      'keywords must be at most 20 words',
    ]);
  });

  it('are required in a registration, but for the keywords', () => {
    expect(problemsOf(RegisterNoticeRequest, { ...registration, components: undefined, keywords: undefined })).toEqual([
      'each component must be a component code',
      'components must contain no more than 50 elements',
      'components must name at least one component',
      'components must be an array',
    ]);
  });
});

describe('a notice’s texts', () => {
  it('need bokmål; nynorsk and English may be left out, not left blank', () => {
    for (const text of [NoticeTitleRequest, NoticeMessageRequest]) {
      expect(problemsOf(text, { nb: 'Innlogging feiler' })).toEqual([]);
      expect(problemsOf(text, { nb: ' ', nn: ' ', en: '' })).toEqual([
        'nb must be written (bokmål is required)',
        'nn must not be blank; leave it out instead',
        'en must not be blank; leave it out instead',
      ]);
      expect(problemsOf(text, { nn: 5 })).toEqual([
        expect.stringMatching(/^nb must be shorter than or equal to \d+ characters$/),
        'nb must be written (bokmål is required)',
        'nb must be a string',
        expect.stringMatching(/^nn must be shorter than or equal to \d+ characters$/),
        'nn must not be blank; leave it out instead',
        'nn must be a string',
      ]);
    }
  });

  it('are at most 200 characters in a title, longer in a message', () => {
    const long = { nb: 'x'.repeat(201), en: 'y'.repeat(201) };
    expect(problemsOf(NoticeTitleRequest, long)).toEqual([
      'nb must be shorter than or equal to 200 characters',
      'en must be shorter than or equal to 200 characters',
    ]);
    expect(problemsOf(NoticeMessageRequest, long)).toEqual([]);
  });
});
