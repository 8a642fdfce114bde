import { Injectable } from '@nestjs/common';
import type { InquirerView } from '@inquiry-router/contracts';
import { InquiryNotFound } from '../inquiries/reclassify-inquiry.use-case';
import { Inquirers } from './inquirers.ports';
import { toInquirerView } from './inquirer.views';

/** How many of a person's other contacts an adviser sees beside an inquiry, newest first. */
export const ContactsShown = 50;

/** The inquiry's person: how the inquiry was recognised, their other contacts, the inquiry's open suggestions. */
@Injectable()
export class ReadInquirer {
  constructor(private readonly inquirers: Inquirers) {}

  async execute(inquiryId: string): Promise<InquirerView> {
    const record = await this.inquirers.inquirerOf(inquiryId, ContactsShown);
    if (!record) throw new InquiryNotFound(inquiryId);
    return toInquirerView(record);
  }
}
