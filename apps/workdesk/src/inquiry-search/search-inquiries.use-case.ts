import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import {
  CaseIdPattern,
  type Channel,
  DomainError,
  InquiryReferenceSource,
  type InquirySearchPageView,
  LocalDatePattern,
  SupportTimeZone,
} from '@inquiry-router/contracts';
import type { AuthenticatedUser } from '@inquiry-router/access';
import { hashIdentityKey } from '@inquiry-router/inquirer';
import type { InquirySearchCriteria, InquirySearchScope, SenderCriterion } from '@inquiry-router/persistence';
import { WorkdeskEnv } from '../workdesk.env';
import { DefaultPageSize } from './inquiry-search.query';
import { InquirySearch } from './inquiry-search.ports';
import { toInquirySearchHitView } from './inquiry-search.views';
import { searchWords, senderQuery } from './sender-query';

/** What is searched for, as the query gives it (validated). */
export interface InquirySearchCommand {
  q?: string;
  reference?: string;
  sender?: string;
  status?: string[];
  queue?: string;
  agency?: string;
  channel?: Channel[];
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

/** Past this many matches a search says "more than" instead of counting on: a broad search stays quick. */
export const SearchCountsUpTo = 10_000;
const inquiryReference = new RegExp(`^${InquiryReferenceSource}$`, 'i');
/** A time given only to the day, month or year, and how far its end lies beyond its start. */
const partialTimes: [RegExp, { days: 1 } | { months: 1 } | { years: 1 }][] = [
  [LocalDatePattern, { days: 1 }],
  [/^\d{4}-\d{2}$/, { months: 1 }],
  [/^\d{4}$/, { years: 1 }],
];

/**
 * Finds inquiries by reference, sender, status, queue, agency, channel, time received and words of
 * the text, newest first, a page at a time. An agency's user finds only inquiries forwarded to
 * their agency, whatever they ask. Email addresses and phone numbers are looked for as the
 * inquiries keep them, by their keyed hashes.
 */
@Injectable()
export class SearchInquiries {
  constructor(
    private readonly inquiries: InquirySearch,
    private readonly env: WorkdeskEnv,
  ) {}

  async execute(command: InquirySearchCommand, caller: AuthenticatedUser): Promise<InquirySearchPageView> {
    const page = command.page ?? 1;
    const pageSize = command.pageSize ?? DefaultPageSize;
    const found = await this.inquiries.search(this.criteriaOf(command), scopeOf(caller), {
      offset: (page - 1) * pageSize,
      limit: pageSize,
      countUpTo: SearchCountsUpTo,
    });
    return { items: found.rows.map(toInquirySearchHitView), total: found.total, totalCapped: found.totalCapped, page, pageSize };
  }

  private criteriaOf(command: InquirySearchCommand): InquirySearchCriteria {
    const from = command.from === undefined ? undefined : instant('from', command.from, 'start');
    const to = command.to === undefined ? undefined : instant('to', command.to, 'end');
    if (from && to && from >= to)
      throw new DomainError('invalid', 'from must be before to', { problems: [{ path: 'to', message: 'to must be after from' }] });
    const words = command.q === undefined ? [] : searchWords(command.q);
    if (command.q !== undefined && words.length === 0)
      throw new DomainError('invalid', 'q has no words to search for', {
        problems: [{ path: 'q', message: 'q must have letters or digits' }],
      });
    return {
      ...(command.reference !== undefined && { reference: referenceOf(command.reference) }),
      ...(command.sender !== undefined && { sender: this.senderOf(command.sender) }),
      ...(command.status?.length && { statuses: command.status }),
      ...(command.channel?.length && { channels: command.channel }),
      ...(command.queue !== undefined && { queue: command.queue }),
      ...(command.agency !== undefined && { agency: command.agency }),
      ...(from && { from }),
      ...(to && { to }),
      ...(words.length > 0 && { words }),
    };
  }

  private senderOf(typed: string): SenderCriterion {
    const sender = senderQuery(typed);
    switch (sender.kind) {
      case 'email':
      case 'phone':
        return { keyHashes: [hashIdentityKey(this.env.inquirerKeySecret, { kind: sender.kind, value: sender.value }).hash] };
      case 'social':
        return { socialAccount: sender.account };
      case 'name':
        return { name: sender.name };
    }
  }
}

/** Agencies search among the inquiries forwarded to them, the portal's staff among all. */
function scopeOf(caller: AuthenticatedUser): InquirySearchScope {
  if (!caller.roles.includes('agency')) return { kind: 'every-inquiry' };
  if (!caller.agency) throw new DomainError('forbidden', 'this account acts for no agency');
  return { kind: 'forwarded-to', agency: caller.agency };
}

function referenceOf(reference: string): NonNullable<InquirySearchCriteria['reference']> {
  const upper = reference.toUpperCase();
  if (CaseIdPattern.test(upper)) return { caseId: upper };
  return { inquiryId: inquiryReference.test(reference) ? upper : reference };
}

/** A time of the query; one given only to the day (month, year) starts or ends with it, in Norwegian time. */
function instant(name: 'from' | 'to', value: string, side: 'start' | 'end'): Date {
  const parsed = DateTime.fromISO(value, { zone: SupportTimeZone, setZone: true });
  if (!parsed.isValid)
    throw new DomainError('invalid', `${name} is not a time`, {
      problems: [{ path: name, message: `${name} must be an ISO 8601 date or time` }],
    });
  const length = partialTimes.find(([pattern]) => pattern.test(value))?.[1];
  return (side === 'end' && length ? parsed.plus(length) : parsed).toJSDate();
}
