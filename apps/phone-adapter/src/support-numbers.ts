import { Injectable } from '@nestjs/common';
import { PhoneAdapterEnv } from './phone-adapter.env';
import { phoneDigits } from './voice-call';

/** The numbers this adapter answers for: ordinary support and the service desk. */
@Injectable()
export class SupportNumbers {
  private readonly digits: Set<string>;

  constructor(env: PhoneAdapterEnv) {
    this.digits = new Set([phoneDigits(env.SUPPORT_NUMBER), phoneDigits(env.SERVICEDESK_NUMBER)]);
  }

  includes(to: string): boolean {
    return this.digits.has(phoneDigits(to));
  }
}
