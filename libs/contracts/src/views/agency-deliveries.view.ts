import type { AgencyDeliveryStatus } from '../vocabulary';

/** `GET /api/agency-deliveries`: one forwarded inquiry on its way to one agency. */
export interface AgencyDeliveryView {
  /** Also the webhook-id the agency saw. */
  deliveryId: string;
  inquiryId: string;
  agency: string;
  status: AgencyDeliveryStatus;
  attempts: number;
  /** The channels that took it (webhook, mailbox). */
  doneChannels: string[];
  lastError: string | null;
  forwardedAt: string;
  firstAttemptAt: string | null;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  failedAt: string | null;
  acknowledgedAt: string | null;
  answeredAt: string | null;
}
