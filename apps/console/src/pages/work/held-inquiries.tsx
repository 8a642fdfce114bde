import { HeldInquiry } from '../../api/types';
import { Column, DataTable } from '../../components/data-table';
import { Listing } from '../../components/listing';
import { Section } from '../../components/page';
import { fill, formatDateTime } from '../../i18n/format';
import { label, useI18n } from '../../i18n/i18n';
import { Link } from '../../router';

/** What the adviser holds; a reservation can be accepted from here. */
export function HeldInquiries({ held, onAccept }: { held: HeldInquiry[] | undefined; onAccept: (id: string) => void }) {
  const { m, locale } = useI18n();
  const columns: Column<HeldInquiry>[] = [
    { header: m.work.subject, cell: (h) => <Link to={`/inquiries/${encodeURIComponent(h.id)}`}>{h.subject || h.id}</Link> },
    { header: m.inquiry.channel, cell: (h) => label(m.channel, h.channel) },
    { header: m.queue.label, cell: (h) => label(m.queue, h.queue) },
    {
      header: m.inquiry.status,
      cell: (h) =>
        h.status === 'reserved' ? (
          <>
            {fill(m.work.reservedUntil, { time: formatDateTime(h.reservedUntil, locale) })}{' '}
            <button type="button" className="secondary" onClick={() => onAccept(h.id)}>
              {m.work.accept}
              <span className="visually-hidden"> {h.subject || h.id}</span>
            </button>
          </>
        ) : (
          label(m.status, h.status)
        ),
    },
    { header: m.work.received, cell: (h) => formatDateTime(h.receivedAt, locale) },
    { header: m.work.due, cell: (h) => formatDateTime(h.dueAt, locale) },
  ];
  return (
    <Section id="mine" title={m.work.mine}>
      <Listing items={held} empty={m.work.mineEmpty}>
        {(items) => <DataTable columns={columns} rows={items} rowKey={(h) => h.id} />}
      </Listing>
    </Section>
  );
}
