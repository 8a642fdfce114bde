import { Query } from '@nestjs/common';
import type { InquirySearchPageView } from '@inquiry-router/contracts';
import { AuthenticatedUser, CurrentUser, Endpoint, InquirySearchers } from '@inquiry-router/access';
import { ApiController } from '@inquiry-router/runtime';
import { ReadsPersonalData } from '../personal-data-reads/reads-personal-data.decorator';
import { InquirySearchQuery } from './inquiry-search.query';
import { hitsShown, InquirySearchPageDoc } from './inquiry-search.views';
import { SearchInquiries } from './search-inquiries.use-case';

/**
 * Finding inquiries. Listed in the app's root module before the controller of `GET /api/inquiries/:id`,
 * so that route does not take `search` for an inquiry id.
 */
@ApiController('inquiries')
export class InquirySearchController {
  constructor(private readonly searchInquiries: SearchInquiries) {}

  @Endpoint('GET', 'search', InquirySearchers, {
    summary: 'inquiries by reference, sender, status, queue, agency, channel, time received and words of the text; newest first, paged',
    ok: {
      type: InquirySearchPageDoc,
      description: "an agency's user finds only inquiries forwarded to their agency; each hit shown is logged as a read (via search)",
    },
    badRequest: 'a criterion malformed (an unknown status or channel, a time that is not ISO 8601, from not before to, pageSize above 100)',
  })
  @ReadsPersonalData('search', hitsShown)
  search(@Query() query: InquirySearchQuery, @CurrentUser() user: AuthenticatedUser): Promise<InquirySearchPageView> {
    return this.searchInquiries.execute(query, user);
  }
}
