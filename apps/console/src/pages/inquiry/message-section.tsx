import { InquiryView } from '../../api/types';
import { Section } from '../../components/page';
import { formatDateTime } from '../../i18n/format';
import { label, useI18n } from '../../i18n/i18n';

function describeParty(from: Record<string, unknown>): string {
  const parts = ['name', 'email', 'phone', 'handle'].map((k) => from[k]).filter((v): v is string => typeof v === 'string' && v !== '');
  return parts.join(' · ') || '–';
}

/** The message itself: who sent it where and when, where it stands, and its text. */
export function MessageSection({ view }: { view: InquiryView }) {
  const { m, locale } = useI18n();
  const i = view.inquiry;
  return (
    <Section id="message" title={i.subject || m.inquiry.body}>
      <dl className="facts">
        <div>
          <dt>{m.inquiry.from}</dt>
          <dd>{describeParty(i.from)}</dd>
        </div>
        <div>
          <dt>{m.inquiry.channel}</dt>
          <dd>{label(m.channel, i.channel)}</dd>
        </div>
        <div>
          <dt>{m.inquiry.received}</dt>
          <dd>{formatDateTime(i.receivedAt, locale)}</dd>
        </div>
        <div>
          <dt>{m.inquiry.due}</dt>
          <dd>{formatDateTime(view.dueAt, locale)}</dd>
        </div>
        <div>
          <dt>{m.inquiry.status}</dt>
          <dd data-testid="inquiry-status">{label(m.status, view.status)}</dd>
        </div>
        <div>
          <dt>{m.queue.label}</dt>
          <dd>{label(m.queue, view.queue)}</dd>
        </div>
        <div>
          <dt>{m.inquiry.holder}</dt>
          <dd>{view.assignedTo ?? view.reservedBy ?? '–'}</dd>
        </div>
        <div>
          <dt>{m.inquiry.language}</dt>
          <dd>{i.language ?? '–'}</dd>
        </div>
      </dl>
      <div className="message-body" lang={i.language === 'en' ? 'en' : i.language === 'nn' ? 'nn' : undefined}>
        {i.body}
      </div>
    </Section>
  );
}
