import { HeldInquiry } from '../../api/types';
import { Listing } from '../../components/listing';
import { Section } from '../../components/page';
import { fill, formatDateTime } from '../../i18n/format';
import { label, useI18n } from '../../i18n/i18n';
import { Link } from '../../router';

/** What the adviser holds; a reservation can be accepted from here. */
export function HeldInquiries({ held, onAccept }: { held: HeldInquiry[] | undefined; onAccept: (id: string) => void }) {
  const { m, locale } = useI18n();
  return (
    <Section id="mine" title={m.work.mine}>
      <Listing items={held} empty={m.work.mineEmpty}>
        {(items) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{m.work.subject}</th>
                <th scope="col">{m.inquiry.channel}</th>
                <th scope="col">{m.queue.label}</th>
                <th scope="col">{m.inquiry.status}</th>
                <th scope="col">{m.work.received}</th>
                <th scope="col">{m.work.due}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((h) => (
                <tr key={h.id}>
                  <th scope="row">
                    <Link to={`/inquiries/${encodeURIComponent(h.id)}`}>{h.subject || h.id}</Link>
                  </th>
                  <td>{label(m.channel, h.channel)}</td>
                  <td>{label(m.queue, h.queue)}</td>
                  <td>
                    {h.status === 'reserved' ? (
                      <>
                        {fill(m.work.reservedUntil, { time: formatDateTime(h.reservedUntil, locale) })}{' '}
                        <button type="button" className="secondary" onClick={() => onAccept(h.id)}>
                          {m.work.accept}
                          <span className="visually-hidden"> {h.subject || h.id}</span>
                        </button>
                      </>
                    ) : (
                      label(m.status, h.status)
                    )}
                  </td>
                  <td>{formatDateTime(h.receivedAt, locale)}</td>
                  <td>{formatDateTime(h.dueAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Listing>
    </Section>
  );
}
