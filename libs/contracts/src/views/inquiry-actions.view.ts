import type { CaseType } from '../vocabulary';

/** `POST /api/inquiries/:id/answer`: the answer, sent back through the inquiry's channel. */
export interface InquiryAnswer {
  text: string;
  /** Resolve the inquiry with this answer; true when left out. */
  resolve?: boolean;
  /** The saved answer (answer template) the text was made from: its use is recorded with the answer. */
  templateId?: string;
}

/** `POST /api/inquiries/:id/escalate`: to the second line, with what it should know. */
export interface InquiryEscalation {
  note: string;
}

/** `POST /api/inquiries/:id/forward`: to an agency of the policy in force. */
export interface InquiryForwarding {
  agency: string;
  note: string;
}

/** `POST /api/inquiries/:id/servicedesk`: to the service desk as a case of this type. */
export interface ServicedeskHandover {
  caseType: CaseType;
  note: string;
}

/** `POST /api/inquiries/:id/put-back`: back in its queue for someone else. */
export interface InquiryPutBack {
  note?: string;
}

/**
 * `POST /api/inquiries/:id/reclassify`: an adviser's correction of the routing decision. Plain strings:
 * whether target, category and caseType fit together is the server's check, which names what does not.
 */
export interface InquiryReclassification {
  /** `first-line`, `second-line`, `servicedesk` or `agency:<code>`. */
  target: string;
  /** For first-line, second-line and servicedesk; not for an agency. */
  category?: string;
  /** For servicedesk only. */
  caseType?: string;
  reason: string;
}

/** Each action on an inquiry, by its path below `/api/inquiries/:id/`, with the body it takes. */
export interface InquiryActionBodies {
  accept: Record<string, never>;
  answer: InquiryAnswer;
  escalate: InquiryEscalation;
  forward: InquiryForwarding;
  servicedesk: ServicedeskHandover;
  'put-back': InquiryPutBack;
  reclassify: InquiryReclassification;
}
export type InquiryAction = keyof InquiryActionBodies;

/** One action on an inquiry with its body, as a client sends it. */
export type InquiryActionRequest = { [A in InquiryAction]: { action: A; body: InquiryActionBodies[A] } }[InquiryAction];
