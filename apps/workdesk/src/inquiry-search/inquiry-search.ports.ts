import type { InquirySearchCriteria, InquirySearchHits, InquirySearchPage, InquirySearchScope } from '@inquiry-router/persistence';

/** Inquiries found by what an adviser (or an agency, among its own) knows of them. */
export abstract class InquirySearch {
  abstract search(criteria: InquirySearchCriteria, scope: InquirySearchScope, page: InquirySearchPage): Promise<InquirySearchHits>;
}
