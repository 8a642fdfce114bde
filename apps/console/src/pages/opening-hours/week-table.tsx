import { Section } from '../../components/page';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { OpeningDay } from './use-opening-hours';

const hhmm = (iso: string) => /T(\d\d:\d\d)/.exec(iso)?.[1] ?? iso;

/** The coming days' opening hours, holidays named. */
export function WeekTable({ days }: { days: OpeningDay[] }) {
  const { m, locale } = useI18n();
  return (
    <Section id="days" title={m.openingHours.week}>
      <table>
        <thead>
          <tr>
            <th scope="col">{m.openingHours.date}</th>
            <th scope="col">{m.openingHours.hours}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.date}>
              <th scope="row">{formatDate(d.date, locale)}</th>
              <td>
                {d.spans.length === 0 ? m.openingHours.closedDay : d.spans.map((s) => `${hhmm(s.start)}–${hhmm(s.end)}`).join(', ')}
                {d.holiday ? ` (${m.openingHours.holiday}: ${d.holiday})` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
