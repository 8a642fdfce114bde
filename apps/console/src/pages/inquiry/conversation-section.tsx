import { InquiryView } from '../../api/types';
import { Section } from '../../components/page';
import { formatDateTime } from '../../i18n/format';
import { label, useI18n } from '../../i18n/i18n';
import { Link } from '../../router';

/** The conversation the inquiry belongs to, across channels; the others link to their own page. */
export function ConversationSection({ id, thread }: { id: string; thread: InquiryView['thread'] }) {
  const { m, locale } = useI18n();
  return (
    <Section id="thread" title={m.inquiry.thread}>
      {thread.length <= 1 ? (
        <p>{m.inquiry.threadEmpty}</p>
      ) : (
        <ol className="thread">
          {thread.map((t) => (
            <li key={t.id}>
              {t.id === id ? (
                <span aria-current="true">
                  {t.subject || t.id} {m.inquiry.thisOne}
                </span>
              ) : (
                <Link to={`/inquiries/${encodeURIComponent(t.id)}`}>{t.subject || t.id}</Link>
              )}{' '}
              – {label(m.channel, t.channel)}, {formatDateTime(t.receivedAt, locale)}, {label(m.status, t.status)}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
