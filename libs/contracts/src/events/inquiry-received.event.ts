import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { Inquiry } from '../inquiry/inquiry';

/** Key: the inquiry id. Published by the channel adapters (and workdesk's generic intake). */
export class InquiryReceived {
  @ValidateNested() @Type(() => Inquiry) inquiry: Inquiry;
}
