import { Body, Param } from '@nestjs/common';
import { DomainError, PersonalDataErasureView, PersonalDataExportView, UuidPattern } from '@inquiry-router/contracts';
import { AuthenticatedUser, CurrentUser, Endpoint, Supervisors } from '@inquiry-router/access';
import { ApiController } from '@inquiry-router/runtime';
import { ExportInquirerData } from './export-inquirer-data.use-case';
import { EraseInquirer } from './erase-inquirer.use-case';
import { EraseInquirerRequest } from './erase-inquirer.request';

function checkedId(id: string): string {
  if (!UuidPattern.test(id)) throw new DomainError('not-found', `no inquirer ${id}`);
  return id;
}

/** A person's rights over their data, exercised by a supervisor: access (an export) and erasure. */
@ApiController('personal-data', 'inquirers')
export class PersonalDataController {
  constructor(
    private readonly exportData: ExportInquirerData,
    private readonly eraseInquirer: EraseInquirer,
  ) {}

  /**
   * Everything held on the person as one JSON document: their inquiries with texts, decisions,
   * history, messages sent, cases, attachments (content as base64 up to 5 MB each and 50 MB in all), identity key
   * kinds, link suggestions, who read their data and their audit. Logged as a read of each inquiry
   * (via `export`) and audited.
   */
  @Endpoint('GET', ':inquirerId/export', Supervisors, {
    summary: "Export a person's personal data",
    ok: { description: 'PersonalDataExportView' },
    notFound: 'no such person (erased, or never recognised)',
  })
  async export(@Param('inquirerId') inquirerId: string, @CurrentUser() user: AuthenticatedUser): Promise<PersonalDataExportView> {
    return this.exportData.execute(checkedId(inquirerId), user);
  }

  /**
   * Erases the person's personal data from every inquiry of theirs (Postgres and Redis), keeping the
   * anonymous facts; an inquiry still waiting or held is resolved. Audited with the note. The person
   * is gone afterwards.
   */
  @Endpoint('POST', ':inquirerId/erase', Supervisors, {
    summary: "Erase a person's personal data",
    ok: { description: 'PersonalDataErasureView: {erasedInquiries}' },
    badRequest: 'the note is missing',
    notFound: 'no such person (erased already, or never recognised)',
  })
  async erase(
    @Param('inquirerId') inquirerId: string,
    @Body() body: EraseInquirerRequest,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PersonalDataErasureView> {
    return this.eraseInquirer.execute(checkedId(inquirerId), body.note, user);
  }
}
