import { InquiryView } from '../../api/types';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { inquiryPath, Link } from '../../router';

/** The conversation the inquiry belongs to, across channels; the others link to their own page. */
export function ConversationSection({ id, thread }: { id: string; thread: InquiryView['thread'] }) {
  const { t, label, formatDateTime } = useI18n();
  return (
    <Section id="thread" title={t('inquiry.thread')}>
      {thread.length <= 1 ? (
        <p>{t('inquiry.threadEmpty')}</p>
      ) : (
        <ol className="thread">
          {thread.map((message) => (
            <li key={message.id}>
              {message.id === id ? (
                <span aria-current="true">
                  {message.subject || message.id} {t('inquiry.thisOne')}
                </span>
              ) : (
                <Link to={inquiryPath(message.id)}>{message.subject || message.id}</Link>
              )}{' '}
              – {label('channel', message.channel)}, {formatDateTime(message.receivedAt)}, {label('status', message.status)}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
