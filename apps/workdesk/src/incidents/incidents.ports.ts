import type { NoticeTextView } from '@inquiry-router/contracts';
import type {
  IncidentResolutionRecord,
  LinkAnswer,
  LinkAnswered,
  LinkedInquiry,
  LinkedInquiryRow,
  ResolutionStart,
} from '@inquiry-router/persistence';

/** The inquiries linked to incidents, as listed for operators and the support staff. */
export abstract class IncidentLinkList {
  /** Null when there is no such notice. */
  abstract linkedInquiries(noticeId: string): Promise<LinkedInquiry[] | null>;
}

/** Answering a resolved incident's linked inquiries at once: started once, answered one link per transaction. */
export abstract class IncidentResolutions {
  abstract start(noticeId: string, text: NoticeTextView, startedBy: string): Promise<ResolutionStart>;
  abstract find(noticeId: string): Promise<IncidentResolutionRecord | null>;
  abstract unfinished(): Promise<IncidentResolutionRecord[]>;
  abstract answerNext(noticeId: string, plan: (row: LinkedInquiryRow) => LinkAnswer): Promise<LinkAnswered>;
}
