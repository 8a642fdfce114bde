import type { Response } from 'express';
import type { InquiryRecord } from '@inquiry-router/persistence';
import { InquiryView, toInquiryView } from '../inquiries/inquiry.view';

/** A claim's HTTP answer: the reserved inquiry, or 204 when nothing may be taken. */
export async function claimResponse(claim: Promise<InquiryRecord | null>, res: Response): Promise<InquiryView | undefined> {
  const record = await claim;
  if (!record) {
    res.status(204);
    return undefined;
  }
  return toInquiryView(record);
}
