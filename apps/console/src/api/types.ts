/** The workdesk's answers, as the contracts write them once for both sides. */
export type {
  AgencyInquiryView,
  CaseView,
  DecisionView as Decision,
  HeldInquiryView as HeldInquiry,
  IncidentMarkView as IncidentMark,
  InquiryView,
  LiveOverview,
  LiveQueueView,
} from '@inquiry-router/contracts/views';
