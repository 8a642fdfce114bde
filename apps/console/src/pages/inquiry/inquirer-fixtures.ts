import type { InquirerView, InquirySearchPageView } from '@inquiry-router/contracts/views';

/** The workdesk's answers the inquirer and search specs render. */
export const inquirer: InquirerView = {
  inquirerId: '5b0f6a8e-3c1d-4e2a-9f7b-1a2b3c4d5e6f',
  match: { by: 'keys', keys: ['email', 'phone'], inquiries: ['IR-OLDERAAAAAAA'], at: '2026-01-04T08:05:00.000Z' },
  // Oldest first on purpose: the page shows them newest first.
  contacts: [
    {
      inquiryId: 'IR-OLDERAAAAAAA',
      channel: 'phone',
      receivedAt: '2025-12-01T09:00:00.000Z',
      summary: 'Innlogging med BankID',
      target: 'first-line',
      queue: 'first-line',
      agency: null,
      category: 'login',
      status: 'resolved',
      outcome: 'resolved',
      endedAt: '2025-12-01T10:30:00.000Z',
      matchedBy: ['phone'],
    },
    {
      inquiryId: 'IR-NEWERBBBBBBB',
      channel: 'email',
      receivedAt: '2026-01-02T12:00:00.000Z',
      summary: null,
      target: 'agency:skd',
      queue: null,
      agency: 'skd',
      category: null,
      status: 'forwarded',
      outcome: 'forwarded',
      endedAt: '2026-01-02T12:01:00.000Z',
      matchedBy: [],
    },
  ],
  suggestions: [
    {
      id: 'sug-1',
      reference: 'IR-QUOTEDCCCCCC',
      referencedInquiryId: 'IR-QUOTEDCCCCCC',
      status: 'open',
      createdAt: '2026-01-04T08:05:00.000Z',
    },
    {
      id: 'sug-0',
      reference: 'SD-00042',
      referencedInquiryId: 'IR-DECIDEDDDDDD',
      status: 'rejected',
      createdAt: '2026-01-03T08:05:00.000Z',
    },
  ],
};

/** A page of hits as `GET /api/inquiries/search` answers; `totalCapped` as when more match than it counts. */
export function searchPage(page: number, total: number, ids: string[], totalCapped = false): InquirySearchPageView {
  return {
    page,
    pageSize: 25,
    total,
    totalCapped,
    items: ids.map((id, n) => ({
      id,
      channel: 'email',
      receivedAt: `2026-01-0${(n % 9) + 1}T08:00:00.000Z`,
      sender: n === 0 ? null : `Kari Nordmann <kari${n}@example.no>`,
      summary: n === 0 ? null : `Får ikke logget inn ${n}`,
      status: 'queued',
      target: 'first-line',
      queue: 'first-line',
      agency: null,
      category: 'login',
    })),
  };
}
