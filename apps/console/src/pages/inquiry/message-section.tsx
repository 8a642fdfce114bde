import { InquiryView } from '../../api/types';
import { Fact, Facts } from '../../components/facts';
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
      <Facts>
        <Fact term={m.inquiry.from}>{describeParty(i.from)}</Fact>
        <Fact term={m.inquiry.channel}>{label(m.channel, i.channel)}</Fact>
        <Fact term={m.inquiry.received}>{formatDateTime(i.receivedAt, locale)}</Fact>
        <Fact term={m.inquiry.due}>{formatDateTime(view.dueAt, locale)}</Fact>
        <Fact term={m.inquiry.status} testId="inquiry-status">
          {label(m.status, view.status)}
        </Fact>
        <Fact term={m.queue.label}>{label(m.queue, view.queue)}</Fact>
        <Fact term={m.inquiry.holder}>{view.assignedTo ?? view.reservedBy ?? '–'}</Fact>
        <Fact term={m.inquiry.language}>{i.language ?? '–'}</Fact>
      </Facts>
      <div className="message-body" lang={i.language === 'en' ? 'en' : i.language === 'nn' ? 'nn' : undefined}>
        {i.body}
      </div>
    </Section>
  );
}
