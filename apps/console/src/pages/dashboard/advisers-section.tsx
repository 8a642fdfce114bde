import { LiveOverview } from '../../api/types';
import { Listing } from '../../components/listing';
import { Section } from '../../components/page';
import { formatTime } from '../../i18n/format';
import { label, useI18n } from '../../i18n/i18n';

/** The advisers: presence, load against capacity per channel, last seen. */
export function AdvisersSection({ advisers }: { advisers: LiveOverview['advisers'] }) {
  const { m, locale } = useI18n();
  return (
    <Section id="advisers" title={m.dashboard.advisers}>
      <Listing items={advisers} empty={m.dashboard.noAdvisers}>
        {(items) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{m.dashboard.adviser}</th>
                <th scope="col">{m.dashboard.presence}</th>
                <th scope="col">{m.dashboard.load}</th>
                <th scope="col">{m.dashboard.lastSeen}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.username}>
                  <th scope="row">{a.username}</th>
                  <td>
                    <span className={`presence presence-${a.presence}`}>{label(m.presence, a.presence)}</span>
                  </td>
                  <td>
                    {Object.entries(a.capacity)
                      .map(([channel, cap]) => `${label(m.channel, channel)} ${a.load[channel] ?? 0}/${cap}`)
                      .join(', ')}
                  </td>
                  <td>{formatTime(a.lastSeenAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Listing>
    </Section>
  );
}
