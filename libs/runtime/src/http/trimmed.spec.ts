import { plainToInstance } from 'class-transformer';
import { IsString, Length, validateSync } from 'class-validator';
import { Trimmed } from './trimmed';

class Note {
  @Trimmed()
  @IsString()
  @Length(1, 10)
  text: unknown;
}

describe('Trimmed', () => {
  it('takes the spaces and line breaks around a text off', () => {
    expect(plainToInstance(Note, { text: '  hei \n' }).text).toBe('hei');
  });

  it('leaves what is not a string as it is', () => {
    expect(plainToInstance(Note, { text: 42 }).text).toBe(42);
    expect(plainToInstance(Note, { text: null }).text).toBeNull();
    expect(plainToInstance(Note, {}).text).toBeUndefined();
  });

  it('trims before the checks: only spaces is too short', () => {
    expect(validateSync(plainToInstance(Note, { text: '   ' }))).toHaveLength(1);
    expect(validateSync(plainToInstance(Note, { text: '  1234567890  ' }))).toHaveLength(0);
  });
});
