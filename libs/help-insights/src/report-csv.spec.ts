import type { HelpInsightsReportView, QuestionClusterView } from '@inquiry-router/contracts';
import { reportCsv } from './report-csv';

describe('reportCsv', () => {
  const measures = { count: 4, resolved: 2, firstContactShare: 0.5, averageHandleSeconds: 600.4 };
  const cluster: QuestionClusterView = {
    ...measures,
    id: 'login:bankid+logg',
    labels: ['bankid', 'logg'],
    signature: { category: 'login', terms: [{ term: 'bankid', weight: 0.8 }] },
    examples: ['Får ikke logget inn med BankID'],
    weeks: [{ week: '2026-W49', count: 4 }],
    helpPage: null,
    templates: [
      { templateId: 't1', title: 'Innlogging, BankID', language: 'nb', retired: false, uses: 3 },
      { templateId: 't2', title: 'Gammelt svar', language: 'nn', retired: true, uses: 1 },
    ],
    marks: [],
  };
  const report: HelpInsightsReportView = {
    ...measures,
    from: '2026-11-30T00:00:00.000Z',
    to: '2026-12-07T00:00:00.000Z',
    weeks: ['2026-W49'],
    categories: [{ ...measures, category: 'login', weeks: cluster.weeks, clusters: [cluster], unclustered: 0 }],
    gaps: 1,
    marks: [],
  };

  it('names the saved answers used on a cluster by title, language and uses, a retired one said so', () => {
    const [header, line] = reportCsv(report).split('\r\n');
    expect(header.split(',')).toContain('templates');
    expect(line).toContain(',gap,,"Innlogging, BankID (nb): 3; Gammelt svar (nn, retired): 1",');
  });
});
