import { InquiryView } from '../../api/types';
import { ItemList } from '../../components/listing';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';

/** The attachments' names, types and sizes (their content is kept out of the browser). */
export function AttachmentsSection({ attachments }: { attachments: InquiryView['inquiry']['attachments'] }) {
  const { t } = useI18n();
  return (
    <Section id="attachments" title={t('inquiry.attachments')}>
      <ItemList items={attachments} empty={t('inquiry.noAttachments')} itemKey={(_, n) => n}>
        {(a, n) => (
          <>
            {a.filename ?? `#${n + 1}`} {a.contentType ? `(${a.contentType}${a.size ? `, ${Math.ceil(a.size / 1024)} kB` : ''})` : ''}
          </>
        )}
      </ItemList>
    </Section>
  );
}
