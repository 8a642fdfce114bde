import { readSurveyReply } from './survey-reply';

describe('readSurveyReply', () => {
  it.each([
    ['5', 5, null],
    ['4.', 4, null],
    ['  3 ', 3, null],
    ['4/5', 4, null],
    ['4 av 5', 4, null],
    ['5! Takk for god hjelp', 5, 'Takk for god hjelp'],
    ['2 - svaret kom for seint', 2, 'svaret kom for seint'],
    ['1\nDere svarte ikke på det jeg spurte om.', 1, 'Dere svarte ikke på det jeg spurte om.'],
  ])('reads %j as score %i', (text, score, comment) => {
    expect(readSurveyReply(text)).toEqual({ score, comment });
  });

  it('leaves quoted mail and what follows the first paragraph out of the comment', () => {
    const reply = '4 ganske bra\n\nMed vennlig hilsen\nKari\n\nOn Mon, 2 Mar 2026 Altinn brukerservice wrote:\n> Hvor fornøyd er du?';
    expect(readSurveyReply(reply)).toEqual({ score: 4, comment: 'ganske bra' });
    expect(readSurveyReply('3\nman. 2. mars 2026 skrev Brukerservice:\n> Hvor fornøyd er du?')).toEqual({ score: 3, comment: null });
  });

  it.each(['', 'Takk!', '0', '6', '12', '2024 er året', '3,5', '2.10 er versjonen', 'Jeg har et nytt spørsmål', '10/10'])(
    'does not take %j for an answer',
    (text) => {
      expect(readSurveyReply(text)).toBeNull();
    },
  );

  it('cuts a long comment', () => {
    expect(readSurveyReply(`5 ${'bra '.repeat(400)}`)!.comment).toHaveLength(1000);
  });
});
