import { openingHoursLines } from './opening-hours-text';

const zone = 'Europe/Oslo';
/** Who ordered the exceptions on 30 April, and when. */
const ordered = { date: '2027-04-30', orderedBy: 'supervisor', createdAt: '2027-04-01T08:00:00.000Z' };
const monday = {
  date: '2026-12-07',
  holiday: null,
  spans: [{ start: '2026-12-07T07:00:00.000Z', end: '2026-12-07T14:30:00.000Z' }],
  exceptions: [],
};

describe("the day's opening hours as the demo prints them", () => {
  it('open now: the hours and when it closes, on the system clock', () => {
    expect(
      openingHoursLines(
        { at: '2026-12-07T08:30:00.000Z', open: true, closesAt: '2026-12-07T14:30:00.000Z', nextOpening: '2026-12-07T08:30:00.000Z' },
        monday,
        zone,
      ),
    ).toEqual([
      'Åpningstider i dag, etter systemets klokke (mandag 7. desember 2026 kl. 09:30, Europe/Oslo):',
      '  åpent 08:00–15:30',
      '  Åpent nå, stenger kl. 15:30.',
    ]);
  });

  it('closed now, after hours: when it opens next', () => {
    expect(
      openingHoursLines(
        { at: '2026-12-07T20:00:00.000Z', open: false, closesAt: null, nextOpening: '2026-12-08T07:00:00.000Z' },
        monday,
        zone,
      ),
    ).toEqual([
      'Åpningstider i dag, etter systemets klokke (mandag 7. desember 2026 kl. 21:00, Europe/Oslo):',
      '  åpent 08:00–15:30',
      '  Stengt nå. Åpner igjen tirsdag 8. desember kl. 08:00.',
    ]);
  });

  it('a holiday closed all day, and the supervisors’ orders that shape a day', () => {
    expect(
      openingHoursLines(
        { at: '2026-12-25T10:00:00.000Z', open: false, closesAt: null, nextOpening: '2026-12-28T07:00:00.000Z' },
        { date: '2026-12-25', holiday: 'Første juledag', spans: [], exceptions: [] },
        zone,
      ),
    ).toEqual([
      'Åpningstider i dag, etter systemets klokke (fredag 25. desember 2026 kl. 11:00, Europe/Oslo):',
      '  stengt hele dagen (Første juledag)',
      '  Stengt nå. Åpner igjen mandag 28. desember kl. 08:00.',
    ]);
    const lines = openingHoursLines(
      { at: '2027-04-30T16:00:00.000Z', open: true, closesAt: '2027-04-30T22:00:00.000Z', nextOpening: '2027-04-30T16:00:00.000Z' },
      {
        date: '2027-04-30',
        holiday: null,
        spans: [
          { start: '2027-04-30T06:00:00.000Z', end: '2027-04-30T10:00:00.000Z' },
          { start: '2027-04-30T11:00:00.000Z', end: '2027-04-30T22:00:00.000Z' },
        ],
        exceptions: [
          { ...ordered, id: 'x-1', kind: 'extended', opens: '15:30', closes: '24:00', reason: 'Skattemeldingen: frist 30. april' },
          { ...ordered, id: 'x-2', kind: 'closed', opens: '12:00', closes: '13:00', reason: 'Personalmøte' },
        ],
      },
      zone,
    );
    expect(lines.slice(1)).toEqual([
      '  åpent 08:00–12:00, 13:00–24:00',
      '  utvidet åpningstid 15:30–24:00: Skattemeldingen: frist 30. april',
      '  stengt 12:00–13:00: Personalmøte',
      '  Åpent nå, stenger kl. 24:00.',
    ]);
  });

  it('closed with no opening within a year', () => {
    expect(
      openingHoursLines(
        { at: '2026-12-07T20:00:00.000Z', open: false, closesAt: null, nextOpening: null },
        { ...monday, spans: [] },
        zone,
      ).at(-1),
    ).toBe('  Stengt nå, og ingen åpning innen et år.');
  });
});
