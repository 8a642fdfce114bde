import { InquiryView } from '../../api/types';
import { Fact, Facts } from '../../components/facts';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';

/** The sender by what the channel knew of them, or a dash. */
export function describeParty(from: InquiryView['inquiry']['from']): string {
  const parts = [from.name, from.email, from.phone, from.handle].filter((v): v is string => typeof v === 'string' && v !== '');
  return parts.join(' · ') || '–';
}

/** The message itself: who sent it where and when, where it stands, and its text. */
export function MessageSection({ view }: { view: InquiryView }) {
  const { t, label, formatDateTime } = useI18n();
  const i = view.inquiry;
  return (
    <Section id="message" title={i.subject || t('inquiry.body')}>
      <Facts>
        <Fact term={t('inquiry.from')}>{describeParty(i.from)}</Fact>
        <Fact term={t('inquiry.channel')}>{label('channel', i.channel)}</Fact>
        <Fact term={t('inquiry.received')}>{formatDateTime(i.receivedAt)}</Fact>
        <Fact term={t('inquiry.due')}>{formatDateTime(view.dueAt)}</Fact>
        <Fact term={t('inquiry.status')} testId="inquiry-status">
          {label('status', view.status)}
        </Fact>
        <Fact term={t('queue.label')}>{label('queue', view.queue)}</Fact>
        <Fact term={t('inquiry.holder')}>{view.assignedTo ?? view.reservedBy ?? '–'}</Fact>
        <Fact term={t('inquiry.language')}>{i.language ?? '–'}</Fact>
      </Facts>
      <div className="message-body" lang={i.language === 'en' ? 'en' : i.language === 'nn' ? 'nn' : undefined}>
        {i.body}
      </div>
    </Section>
  );
}
