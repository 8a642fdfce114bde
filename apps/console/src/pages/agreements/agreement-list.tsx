import { Section } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { Agreement } from './use-agreements';

/** The agencies with an agreement, each with its edit button. */
export function AgreementList({ agreements, onEdit }: { agreements: Agreement[]; onEdit: (agreement: Agreement) => void }) {
  const { m } = useI18n();
  return (
    <Section id="agreements" title={m.agreements.list}>
      <table>
        <thead>
          <tr>
            <th scope="col">{m.agreements.code}</th>
            <th scope="col">{m.agreements.name}</th>
            <th scope="col">
              <span className="visually-hidden">{m.agreements.edit}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {agreements.map((a) => (
            <tr key={a.code}>
              <th scope="row">{a.code}</th>
              <td>{a.name}</td>
              <td>
                <button type="button" className="secondary" onClick={() => onEdit(a)}>
                  {m.agreements.edit}
                  <span className="visually-hidden"> {a.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
