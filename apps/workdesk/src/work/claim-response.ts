import type { Response } from 'express';
import type { InquiryRecord } from '@inquiry-router/persistence';
import { InquiryView, toInquiryView } from '../inquiries/inquiry.view';
import { workHttpError } from './work-refused';

/** A claim's HTTP answer: the reserved inquiry, 204 when nothing may be taken, or why not (403/409). */
export async function claimResponse(claim: Promise<InquiryRecord | null>, res: Response): Promise<InquiryView | undefined> {
  try {
    const record = await claim;
    if (!record) {
      res.status(204);
      return undefined;
    }
    return toInquiryView(record);
  } catch (error) {
    throw workHttpError(error);
  }
}
