import type { InquiryForwarded, Language } from '@inquiry-router/contracts';

/**
 * What an agency receives for a forwarded inquiry: the webhook's JSON body, and the JSON
 * attachment of the mailbox delivery. Documented in the app README; a breaking change gets a new
 * `type` (`inquiry.forwarded.v2`). The inquirer's contact details are not included: the agency
 * answers through the agency API, and the answer goes back through the inquiry's own channel.
 */
export interface AgencyDeliveryPayload {
  type: 'inquiry.forwarded.v1';
  /** When this payload was built (the attempt), ISO 8601. */
  timestamp: string;
  data: {
    /** Also the `webhook-id` header: the same on every attempt of this delivery. */
    deliveryId: string;
    agency: string;
    forwardedAt: string;
    inquiry: {
      id: string;
      /** The reference number the inquirer was given (quote it when answering). */
      reference: string;
      receivedAt: string;
      channel: 'phone' | 'email' | 'social';
      language: Language;
      subject: string | null;
      text: string;
      attachments: { filename: string; contentType: string; size: number }[];
    };
    decision: {
      target: string;
      kind: string;
      confidence: number;
      /** Why the inquiry was sent to this agency. */
      reasons: string[];
      policyVersion: string;
    };
  };
}

export function agencyDeliveryPayload(
  deliveryId: string,
  forwarded: InquiryForwarded,
  language: Language,
  now: Date,
): AgencyDeliveryPayload {
  const { inquiry, decision } = forwarded;
  return {
    type: 'inquiry.forwarded.v1',
    timestamp: now.toISOString(),
    data: {
      deliveryId,
      agency: forwarded.agency,
      forwardedAt: forwarded.forwardedAt,
      inquiry: {
        id: inquiry.id,
        reference: inquiry.id,
        receivedAt: inquiry.receivedAt,
        channel: inquiry.channel,
        language,
        subject: inquiry.subject ?? null,
        text: inquiry.body,
        attachments: (inquiry.attachments ?? []).map((a) => ({ filename: a.filename, contentType: a.contentType, size: a.size })),
      },
      decision: {
        target: decision.target,
        kind: decision.kind,
        confidence: decision.confidence,
        reasons: decision.reasons,
        policyVersion: decision.policyVersion,
      },
    },
  };
}
