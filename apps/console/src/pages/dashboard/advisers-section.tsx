import { LiveOverview } from '../../api/types';
import { Column, DataTable } from '../../components/data-table';
import { Listing } from '../../components/listing';
import { Section } from '../../components/page';
import { formatTime } from '../../i18n/format';
import { label, useI18n } from '../../i18n/i18n';

type Adviser = LiveOverview['advisers'][number];

/** The advisers: presence, load against capacity per channel, last seen. */
export function AdvisersSection({ advisers }: { advisers: LiveOverview['advisers'] }) {
  const { m, locale } = useI18n();
  const columns: Column<Adviser>[] = [
    { header: m.dashboard.adviser, cell: (a) => a.username },
    {
      header: m.dashboard.presence,
      cell: (a) => <span className={`presence presence-${a.presence}`}>{label(m.presence, a.presence)}</span>,
    },
    {
      header: m.dashboard.load,
      cell: (a) =>
        Object.entries(a.capacity)
          .map(([channel, cap]) => `${label(m.channel, channel)} ${a.load[channel] ?? 0}/${cap}`)
          .join(', '),
    },
    { header: m.dashboard.lastSeen, cell: (a) => formatTime(a.lastSeenAt, locale) },
  ];
  return (
    <Section id="advisers" title={m.dashboard.advisers}>
      <Listing items={advisers} empty={m.dashboard.noAdvisers}>
        {(items) => <DataTable columns={columns} rows={items} rowKey={(a) => a.username} />}
      </Listing>
    </Section>
  );
}
