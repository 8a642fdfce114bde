import { ForecastInputError } from './forecast';
import { parseDeadlineOccurrences } from './parse-deadline-occurrences';

describe('parseDeadlineOccurrences', () => {
  it('reads occurrences, channels optional', () => {
    expect(
      parseDeadlineOccurrences([
        { deadlineId: 'mva', name: 'MVA-melding', agency: 'skd', date: '2026-02-10', channels: ['phone'] },
        { deadlineId: 'a-melding', name: 'A-melding', agency: 'skd', date: '2026-02-05' },
      ]),
    ).toEqual([
      { deadlineId: 'mva', name: 'MVA-melding', agency: 'skd', date: '2026-02-10', channels: ['phone'] },
      { deadlineId: 'a-melding', name: 'A-melding', agency: 'skd', date: '2026-02-05', channels: undefined },
    ]);
  });

  it.each([
    [{}, /must be a JSON array/],
    [[null], /deadlines\[0\] must be an object/],
    [[{ deadlineId: 'mva', name: 'MVA', agency: 'skd' }], /deadlines\[0\]\.date must be/],
    [[{ deadlineId: 'mva', name: 'MVA', agency: 'skd', date: '10.02.2026' }], /deadlines\[0\]\.date: "10.02.2026" is not/],
    [
      [{ deadlineId: 'mva', name: 'MVA', agency: 'skd', date: '2026-02-10', channels: ['fax'] }],
      /channels must be a list of phone, email, social/,
    ],
  ])('refuses %j with the wrong field', (input, message) => {
    expect(() => parseDeadlineOccurrences(input)).toThrow(ForecastInputError);
    expect(() => parseDeadlineOccurrences(input)).toThrow(message);
  });
});
