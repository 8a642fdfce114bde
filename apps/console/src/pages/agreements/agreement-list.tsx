import { Column, DataTable } from '../../components/data-table';
import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { Agreement } from './use-agreements';

/** The agencies with an agreement, each with its edit button. */
export function AgreementList({ agreements, onEdit }: { agreements: Agreement[]; onEdit: (agreement: Agreement) => void }) {
  const { m } = useI18n();
  const columns: Column<Agreement>[] = [
    { header: m.agreements.code, cell: (a) => a.code },
    { header: m.agreements.name, cell: (a) => a.name },
    {
      header: <span className="visually-hidden">{m.agreements.edit}</span>,
      cell: (a) => (
        <button type="button" className="secondary" onClick={() => onEdit(a)}>
          {m.agreements.edit}
          <span className="visually-hidden"> {a.name}</span>
        </button>
      ),
    },
  ];
  return (
    <Section id="agreements" title={m.agreements.list}>
      <DataTable columns={columns} rows={agreements} rowKey={(a) => a.code} />
    </Section>
  );
}
