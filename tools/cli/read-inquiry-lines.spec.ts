import { parseInquiryLines } from './read-inquiry-lines';

describe('parseInquiryLines', () => {
  it('parses good lines, skips blank ones and reports bad ones by line number', () => {
    const text = [
      JSON.stringify({ id: 'a1', channel: 'email', to: 'brukerservice@altinn.example', body: 'Hei' }),
      '',
      '{ not json',
      JSON.stringify({ id: 'a2', channel: 'fax', to: 'x', body: 'Hei' }),
      JSON.stringify([1, 2]),
      JSON.stringify({ channel: 'phone', to: '+4775006000', body: 'IVR: 1 innlogging. Innringer: hei' }),
    ].join('\n');
    const { lines, errors } = parseInquiryLines(text);
    expect(lines.map((l) => l.id)).toEqual(['a1', 'line-6']);
    expect(errors.map((e) => e.lineNumber)).toEqual([3, 4, 5]);
    expect(errors[0].message).toMatch(/not valid JSON/);
    expect(errors[1].message).toMatch(/channel/);
    expect(errors[2].message).toMatch(/JSON object/);
  });
});
