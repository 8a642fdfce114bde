import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvDocument, csvField } from './csv';

it('imports nothing, so the console can use it as it is', () => {
  expect(readFileSync(join(__dirname, 'csv.ts'), 'utf8')).not.toMatch(/^\s*import\b|\brequire\(/m);
});

describe('csvField', () => {
  it('quotes a field with a separator, a quote or a line break, doubling the quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('he said "hi"')).toBe('"he said ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rend')).toBe('"cr\rend"');
    expect(csvField(null)).toBe('');
  });

  it('keeps a spreadsheet from running a text as a formula, and leaves numbers alone', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+47 22')).toBe("'+47 22");
    expect(csvField('-1+1')).toBe("'-1+1");
    expect(csvField('@sum')).toBe("'@sum");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField(-3)).toBe('-3');
    expect(csvField(6.5)).toBe('6.5');
  });
});

describe('csvDocument', () => {
  it('ends every row, the last too, with CRLF', () => {
    expect(
      csvDocument([
        ['a', 1, null],
        ['b,c', -2, 'x'],
      ]),
    ).toBe('a,1,\r\n"b,c",-2,x\r\n');
    expect(csvDocument([])).toBe('');
  });
});
