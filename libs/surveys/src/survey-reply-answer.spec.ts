import { surveyAnswerOfReply } from './survey-reply-answer';

const surveyed = { channel: 'email' as const, sender: { name: 'Kari', email: 'kari@example.no' } };

describe('surveyAnswerOfReply', () => {
  it('takes a reply from the person asked that starts with a score as the answer', () => {
    expect(surveyAnswerOfReply({ channel: 'email', from: { email: 'Kari@Example.no' }, body: '5 takk!' }, surveyed)).toEqual({
      score: 5,
      comment: 'takk!',
    });
  });

  it('leaves a reply from someone else, on another channel, or without a score', () => {
    expect(surveyAnswerOfReply({ channel: 'email', from: { email: 'ola@example.no' }, body: '1' }, surveyed)).toBeNull();
    expect(surveyAnswerOfReply({ channel: 'social', from: { handle: '@kari', network: 'x' }, body: '1' }, surveyed)).toBeNull();
    expect(
      surveyAnswerOfReply({ channel: 'email', from: { email: 'kari@example.no' }, body: 'Det virker igjen nå.' }, surveyed),
    ).toBeNull();
    expect(surveyAnswerOfReply({ channel: 'email', from: {}, body: '4' }, { channel: 'email', sender: {} })).toBeNull();
  });
});
