import type { AgencyAgreementView } from '@inquiry-router/contracts/views';
import { Column, DataTable } from '../../components/data-table';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';

/** The agencies with an agreement, each with its edit button. */
export function AgreementList({
  agreements,
  onEdit,
}: {
  agreements: AgencyAgreementView[];
  onEdit: (agreement: AgencyAgreementView) => void;
}) {
  const { t } = useI18n();
  const columns: Column<AgencyAgreementView>[] = [
    { header: t('agreements.code'), cell: (a) => a.code },
    { header: t('agreements.name'), cell: (a) => a.name },
    {
      header: <span className="visually-hidden">{t('agreements.edit')}</span>,
      cell: (a) => (
        <button type="button" className="secondary" onClick={() => onEdit(a)}>
          {t('agreements.edit')}
          <span className="visually-hidden"> {a.name}</span>
        </button>
      ),
    },
  ];
  return (
    <Section id="agreements" title={t('agreements.list')}>
      <DataTable columns={columns} rows={agreements} rowKey={(a) => a.code} />
    </Section>
  );
}
