import { LiveOverview } from '../../api/types';
import { Column } from '../../components/data-table';
import { TableListing } from '../../components/listing';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';

type Adviser = LiveOverview['advisers'][number];

/** The advisers: presence, load against capacity per channel, last seen. */
export function AdvisersSection({ advisers }: { advisers: LiveOverview['advisers'] }) {
  const { t, label, formatTime } = useI18n();
  const columns: Column<Adviser>[] = [
    { header: t('dashboard.adviser'), cell: (a) => a.username },
    {
      header: t('dashboard.presence'),
      cell: (a) => <span className={`presence presence-${a.presence}`}>{label('presence', a.presence)}</span>,
    },
    {
      header: t('dashboard.load'),
      cell: (a) =>
        Object.entries(a.capacity)
          .map(([channel, cap]) => `${label('channel', channel)} ${a.load[channel] ?? 0}/${cap}`)
          .join(', '),
    },
    { header: t('dashboard.lastSeen'), cell: (a) => formatTime(a.lastSeenAt) },
  ];
  return (
    <Section id="advisers" title={t('dashboard.advisers')}>
      <TableListing items={advisers} empty={t('dashboard.noAdvisers')} columns={columns} rowKey={(a) => a.username} />
    </Section>
  );
}
