import { Body, Param } from '@nestjs/common';
import type { InquirerView } from '@inquiry-router/contracts';
import { Advisers, AuthenticatedUser, CurrentUser, Endpoint } from '@inquiry-router/access';
import { ApiController } from '@inquiry-router/runtime';
import { ReadsPersonalData } from '../personal-data-reads/reads-personal-data.decorator';
import { contactsShown, InquirerDoc } from './inquirer.views';
import { MergeInquirersRequest, SplitInquirerRequest } from './inquirer.requests';
import { ReadInquirer } from './read-inquirer.use-case';
import { MergeInquirers } from './merge-inquirers.use-case';
import { SplitInquirer } from './split-inquirer.use-case';

/**
 * An inquiry's person, for the portal's advisers and supervisors: who sent it, how they were
 * recognised, their other contacts; merging two persons and splitting one. Agencies never see it
 * (they see only the inquiries forwarded to them, never a person's other contacts).
 */
@ApiController('inquirers', 'inquiries/:id/inquirer')
export class InquirerController {
  constructor(
    private readonly readInquirer: ReadInquirer,
    private readonly mergeInquirers: MergeInquirers,
    private readonly splitInquirer: SplitInquirer,
  ) {}

  @Endpoint('GET', '', Advisers, {
    summary: "the inquiry's person, how it was recognised, their other contacts newest first, its open suggestions",
    ok: { type: InquirerDoc, description: 'each contact shown is logged as a read of its personal data (via earlier-contacts)' },
    notFound: 'no such inquiry',
  })
  @ReadsPersonalData('earlier-contacts', contactsShown)
  get(@Param('id') id: string): Promise<InquirerView> {
    return this.readInquirer.execute(id);
  }

  @Endpoint('POST', 'merge', Advisers, {
    summary: "the other inquiry's person joins this inquiry's: all their inquiries move here; audited",
    ok: { type: InquirerDoc, description: "this inquiry's person after the merge" },
    badRequest: 'otherInquiryId or note missing or malformed',
    notFound: 'no such inquiry (this one or the other)',
    conflict: "the two inquiries are one person's already",
  })
  @ReadsPersonalData('earlier-contacts', contactsShown)
  merge(@Param('id') id: string, @Body() body: MergeInquirersRequest, @CurrentUser() user: AuthenticatedUser): Promise<InquirerView> {
    return this.mergeInquirers.execute(id, body.otherInquiryId, user.username, body.note);
  }

  @Endpoint('POST', 'split', Advisers, {
    summary: 'this inquiry and its conversation become a person of their own; audited',
    ok: { type: InquirerDoc, description: "the inquiry's new person (no other contacts)" },
    badRequest: 'note missing or longer than 1000 characters',
    notFound: 'no such inquiry',
    conflict: "the inquiry's conversation is all its person's contacts (or it has no person): nothing to split it from",
  })
  @ReadsPersonalData('earlier-contacts', contactsShown)
  split(@Param('id') id: string, @Body() body: SplitInquirerRequest, @CurrentUser() user: AuthenticatedUser): Promise<InquirerView> {
    return this.splitInquirer.execute(id, user.username, body.note);
  }
}
